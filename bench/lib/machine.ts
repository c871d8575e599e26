// This machine's ceilings, measured in the same run as the brokers so the broker
// figures can be read as a fraction of what the hardware allows. Bounded in size and
// time; temp files are removed. Temp files live in os.tmpdir(), the same file
// system as Wharf's data dir in this harness.
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { relayFloor } from './relay-floor.js';
import { asyncFdatasyncP50, syncedRoundTripP50 } from './round-trips.js';
import { median } from './stats.js';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memTotalMiB: number;
  memFreeMiB: number;
  node: string;
  kernel: string;
  loadavg: number[];
  tmpdir: string;
}

export function machineInfo(): MachineInfo {
  const c = cpus();
  return {
    cpus: c.length,
    cpuModel: c[0]?.model ?? '?',
    memTotalMiB: Math.round(totalmem() / 2 ** 20),
    memFreeMiB: Math.round(freemem() / 2 ** 20),
    node: process.version,
    kernel: release(),
    loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
    tmpdir: tmpdir(),
  };
}

export interface Limits {
  seqWriteMBs: number; // 256 MiB in 1 MiB writes + one fdatasync
  fdatasyncPerSec: number; // 4 KiB append + fdatasync, repeated ~2 s
  fdatasyncP50Ms: number; // the p50 of one of those
  /** the same with fs.fdatasync (libuv's thread pool) instead of fdatasyncSync: what Node adds */
  nodeFdatasyncP50Ms: number;
  /** 1 KiB request appended, fdatasynced (thread pool) and answered, client in a worker thread: the p50 */
  syncedRoundTripP50Ms: number;
  loopbackTcpMBs: number; // one TCP stream over 127.0.0.1, ~2 s
  /** CPU µs per message of the minimal durable relay (relay-floor.ts), and its kernel part */
  relayUsPerMessage: number;
  relayKernelUsPerMessage: number;
}

/** MB here is 10^6 bytes, as disk and network vendors count. */
export function seqWrite(totalMiB = 256): number {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-bench-disk-'));
  const fd = openSync(join(dir, 'seq'), 'w');
  try {
    const chunk = Buffer.alloc(2 ** 20);
    for (let i = 0; i < chunk.length; i += 4) chunk.writeUInt32LE((i * 2654435761) >>> 0, i); // not all zeros
    const t0 = performance.now();
    for (let i = 0; i < totalMiB; i++) writeSync(fd, chunk);
    fdatasyncSync(fd);
    const s = (performance.now() - t0) / 1000;
    return (totalMiB * 2 ** 20) / 1e6 / s;
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 4 KiB append + fdatasync on the main thread, repeated: the rate, and the p50 of one append + fdatasync. */
export function fdatasyncRate(seconds = 2): { perSec: number; p50Ms: number } {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-bench-sync-'));
  const fd = openSync(join(dir, 'log'), 'a');
  try {
    const rec = Buffer.alloc(4096, 0x5a);
    const samples: number[] = [];
    const t0 = performance.now();
    const end = t0 + seconds * 1000;
    let t = t0;
    while (t < end) {
      writeSync(fd, rec);
      fdatasyncSync(fd);
      const now = performance.now();
      samples.push(now - t);
      t = now;
    }
    return { perSec: samples.length / ((t - t0) / 1000), p50Ms: median(samples) };
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sender in a worker thread so sending and receiving use separate cores, like a client and a broker. */
export async function loopbackTcp(seconds = 2): Promise<number> {
  let bytes = 0;
  let first = 0;
  let last = 0;
  const server = createServer((sock) => {
    sock.on('data', (d) => {
      if (!first) first = performance.now();
      bytes += d.length;
      last = performance.now();
    });
    sock.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const code = `
    const net = require('node:net');
    const { workerData, parentPort } = require('node:worker_threads');
    const buf = Buffer.alloc(65536, 1);
    const s = net.connect(workerData.port, '127.0.0.1', () => {
      const end = Date.now() + workerData.ms;
      const pump = () => {
        while (Date.now() < end) { if (!s.write(buf)) return s.once('drain', pump); }
        s.end(() => parentPort.postMessage('done'));
      };
      pump();
    });`;
  const w = new Worker(code, { eval: true, workerData: { port, ms: seconds * 1000 } });
  await new Promise<void>((res, rej) => {
    w.once('message', () => res());
    w.once('error', rej);
  });
  await new Promise((r) => setTimeout(r, 100)); // let the tail arrive
  await w.terminate();
  server.close();
  return bytes / 1e6 / ((last - first) / 1000);
}

export async function measureLimits(log: (m: string) => void): Promise<Limits> {
  log('machine limits: sequential write (256 MiB + fdatasync)');
  const seqWriteMBs = seqWrite();
  log(`machine limits: sequential write ${seqWriteMBs.toFixed(0)} MB/s; fdatasync rate (2 s)`);
  const { perSec: fdatasyncPerSec, p50Ms: fdatasyncP50Ms } = fdatasyncRate();
  log(`machine limits: fdatasync ${fdatasyncPerSec.toFixed(0)}/s; the same through Node's thread pool (2 s)`);
  const nodeFdatasyncP50Ms = await asyncFdatasyncP50();
  log(
    `machine limits: fdatasync p50 ${fdatasyncP50Ms.toFixed(3)} ms, through the thread pool ${nodeFdatasyncP50Ms.toFixed(3)} ms; loopback TCP (2 s)`,
  );
  const loopbackTcpMBs = await loopbackTcp();
  log(`machine limits: loopback TCP ${loopbackTcpMBs.toFixed(0)} MB/s; synced round trip (2 s)`);
  const syncedRoundTripP50Ms = await syncedRoundTripP50();
  log(
    `machine limits: synced round trip p50 ${syncedRoundTripP50Ms.toFixed(3)} ms; minimal relay (300 000 messages)`,
  );
  const relay = await relayFloor(300_000);
  log(
    `machine limits: minimal relay ${relay.usPerMessage.toFixed(2)} µs/msg (kernel ${relay.kernelUsPerMessage.toFixed(2)})`,
  );
  return {
    relayUsPerMessage: relay.usPerMessage,
    relayKernelUsPerMessage: relay.kernelUsPerMessage,
    seqWriteMBs,
    fdatasyncPerSec,
    fdatasyncP50Ms,
    nodeFdatasyncP50Ms,
    loopbackTcpMBs,
    syncedRoundTripP50Ms,
  };
}
