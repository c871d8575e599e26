// kcat (C, librdkafka) as a second librdkafka producer for bench/fronts/kafka.ts: no Python loop per record,
// so it shows whether the confluent-kafka row's ceiling is its interpreter. It reads a file written before the
// clock starts (one `key:value` line per record) and is timed from its start, so its connection, metadata and
// producer id (a few ms on loopback) are in the time. Its CPU comes from the shell's `times` after it exits.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

export interface KcatResult {
  seconds: number;
  /** kcat's CPU seconds (user + system, every thread) */
  cpu: number;
}

/** Why kcat cannot run here, or undefined. */
export function kcatMissing(): string | undefined {
  return spawnSync('kcat', ['-V'], { stdio: 'ignore' }).status === 0
    ? undefined
    : 'kcat is not installed (Debian package kcat)';
}

/** `count` lines of `key:value` (64 keys, values of `size` bytes), in a file of a new temporary directory. */
async function recordFile(count: number, size: number): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-bench-kcat-'));
  const file = join(dir, 'records');
  const out = createWriteStream(file);
  const value = 'x'.repeat(size);
  const perChunk = 1000;
  for (let i = 0; i < count; i += perChunk) {
    let s = '';
    for (let k = i; k < Math.min(count, i + perChunk); k++) s += `${k % 64}:${value}\n`;
    if (!out.write(s)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { dir, file };
}

/** kcat -P with acks=all, linger.ms=5 and idempotence, keyed records into `topic`; throws on any failure. */
export async function kcatProduce(
  bootstrap: string,
  topic: string,
  count: number,
  size: number,
): Promise<KcatResult> {
  const { dir, file } = await recordFile(count, size);
  try {
    const kcat = [
      'kcat -P -q',
      `-b ${bootstrap} -t ${topic} -K:`,
      '-X acks=all -X linger.ms=5 -X enable.idempotence=true -X queue.buffering.max.messages=1000000',
      `-l ${file}`,
    ].join(' ');
    // `times` prints the shell's own CPU times, then its children's: kcat's
    const c = spawn('bash', ['-c', `${kcat} && times`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err += d));
    const t0 = performance.now();
    const [code] = (await once(c, 'close')) as [number | null];
    const seconds = (performance.now() - t0) / 1000;
    // kcat exits 0 even when deliveries failed, and says so on stderr
    if (code !== 0 || /fail|error/i.test(err)) throw new Error(`kcat exited ${code}: ${err.slice(-500)}`);
    const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(out.trim());
    const cpu = m === null ? Number.NaN : Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]);
    return { seconds, cpu };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
