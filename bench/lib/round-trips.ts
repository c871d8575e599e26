// The floor under a confirm round trip with one message outstanding, measured in the same run: what one
// append + fdatasync costs when Node runs it in libuv's thread pool (as the broker does, so the event loop
// keeps serving), and the round trip of a minimal Node server that syncs each request before answering it.
// A Node broker that keeps fdatasync off its event loop cannot answer faster than the latter.
import { fdatasync, mkdtempSync, openSync, closeSync, rmSync, writeSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { median } from './stats.js';

/** p50 (ms) of a 4 KiB append (writeSync) + fs.fdatasync with a callback, one after the other. */
export async function asyncFdatasyncP50(seconds = 2): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-bench-async-sync-'));
  const fd = openSync(join(dir, 'log'), 'a');
  const rec = Buffer.alloc(4096, 0x5a);
  const samples: number[] = [];
  const end = performance.now() + seconds * 1000;
  try {
    await new Promise<void>((resolve, reject) => {
      const next = (): void => {
        const t = performance.now();
        if (t >= end) return resolve();
        writeSync(fd, rec);
        fdatasync(fd, (err) => {
          if (err) return reject(err);
          samples.push(performance.now() - t);
          next();
        });
      };
      next();
    });
    return median(samples);
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * p50 (ms) of the smallest confirm round trip a Node program can give: a server that appends each 1 KiB
 * request to a file (writeSync), fdatasyncs it through the thread pool (fs.fdatasync) and then answers with
 * 21 bytes (an AMQP basic.ack frame); the client in a worker thread sends the next request on each answer.
 * Between two requests both threads sleep, as a broker and its client do in confirm-each, so every wake-up
 * (thread pool, event loop, the client's) costs what it costs on this machine; a tight ping-pong without
 * the sync hides that.
 *
 * With `sync` false the server answers as soon as the request has arrived (nothing written): the socket
 * hops and wake-ups alone. fdatasync p50 + that p50 is the least any server behind a loopback socket can
 * answer a synced request in on this machine, whatever it is written in.
 */
export async function syncedRoundTripP50(seconds = 2, sync = true): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-bench-round-trip-'));
  const fd = openSync(join(dir, 'log'), 'a');
  const server = createServer((sock) => {
    sock.setNoDelay(true);
    const answer = Buffer.alloc(21, 1);
    let got = 0;
    sock.on('data', (d) => {
      if (sync) writeSync(fd, d);
      got += d.length;
      for (; got >= 1024; got -= 1024) {
        if (sync) fdatasync(fd, () => sock.write(answer));
        else sock.write(answer);
      }
    });
    sock.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const code = `
    const net = require('node:net');
    const { workerData, parentPort } = require('node:worker_threads');
    const req = Buffer.alloc(1024, 1);
    const samples = [];
    const s = net.connect(workerData.port, '127.0.0.1', () => {
      s.setNoDelay(true);
      const end = performance.now() + workerData.ms;
      let got = 0;
      let t = performance.now();
      s.on('data', (d) => {
        got += d.length;
        if (got < 21) return;
        got -= 21;
        const now = performance.now();
        samples.push(now - t);
        if (now >= end) return s.end(() => parentPort.postMessage(samples));
        t = performance.now();
        s.write(req);
      });
      s.write(req);
    });`;
  const w = new Worker(code, { eval: true, workerData: { port, ms: seconds * 1000 } });
  try {
    const samples = await new Promise<number[]>((res, rej) => {
      w.once('message', res);
      w.once('error', rej);
    });
    return median(samples);
  } finally {
    await w.terminate();
    server.close();
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}
