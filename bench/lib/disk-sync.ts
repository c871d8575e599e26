// What syncing costs a plain program on the data disk right now, as references for a broker that answers only
// once its data is synced: the latency of one fdatasync after a small append (a broker's latency tail cannot
// be below this one's), and the sequential write rate when every MiB is fdatasynced before the next is
// written (what one synced log gets when each answer waits for its sync; the plain sequential write rate,
// machine.ts seqWrite, syncs once at the end).
import { closeSync, fdatasync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
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

/**
 * p50/p99/max (ms) of an append + `fdatasync` handed to libuv's thread pool as a broker does it, `gapMs`
 * apart (a paced client: the disk and the pool's thread are idle in between, which costs more at the tail
 * than back-to-back syncs).
 */
export async function pacedFdatasyncLatency(
  samples = 300,
  gapMs = 5,
): Promise<ReturnType<typeof latencySummary>> {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-bench-fsync-'));
  const fd = openSync(join(dir, 'log'), 'a');
  try {
    const rec = Buffer.alloc(4096, 0x5a);
    const out: number[] = [];
    for (let i = 0; i < samples; i++) {
      await new Promise((r) => setTimeout(r, gapMs));
      const t = performance.now();
      writeSync(fd, rec);
      await new Promise<void>((resolve, reject) => fdatasync(fd, (err) => (err ? reject(err) : resolve())));
      out.push(performance.now() - t);
    }
    return latencySummary(out);
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** MB/s (10^6) writing `totalMiB` sequentially with an fdatasync after each `syncEveryMiB`. */
export function syncedSeqWrite(totalMiB = 64, syncEveryMiB = 1): number {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-bench-synced-'));
  const fd = openSync(join(dir, 'seq'), 'w');
  try {
    const chunk = Buffer.alloc(syncEveryMiB * 2 ** 20);
    for (let i = 0; i < chunk.length; i += 4) chunk.writeUInt32LE((i * 2654435761) >>> 0, i); // not all zeros
    const t0 = performance.now();
    for (let i = 0; i < totalMiB; i += syncEveryMiB) {
      writeSync(fd, chunk);
      fdatasyncSync(fd);
    }
    return (totalMiB * 2 ** 20) / 1e6 / ((performance.now() - t0) / 1000);
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}
