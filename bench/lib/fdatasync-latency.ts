// What one fdatasync costs a plain program on the data disk right now: 4 KiB appends, each followed by
// fdatasync, for `seconds`, with every call's duration kept. A broker that answers only after its data is
// synced cannot have a latency tail below this one's, so a latency target is read against it.
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { latencySummary } from './stats.js';

/** p50/p99/max (ms) of `fdatasync` after a 4 KiB append, in a temporary file on os.tmpdir()'s file system. */
export function fdatasyncLatency(seconds = 2): ReturnType<typeof latencySummary> {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-bench-fsync-'));
  const fd = openSync(join(dir, 'log'), 'a');
  try {
    const rec = Buffer.alloc(4096, 0x5a);
    const samples: number[] = [];
    const end = performance.now() + seconds * 1000;
    for (let t = performance.now(); t < end;) {
      writeSync(fd, rec);
      fdatasyncSync(fd);
      const now = performance.now();
      samples.push(now - t);
      t = now;
    }
    return latencySummary(samples);
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}
