// The least broker CPU per message a Node program can spend on the fast-client pubsub workload (1 KiB
// persistent messages, confirms with a window of 1 000, one consumer acking each message): a relay that does
// only what any durable broker must do with each message and nothing else. It reads the publisher's bytes,
// appends them to a file, hands them to the consumer's socket, fdatasyncs through libuv's thread pool (one
// round in flight, the next covering whatever arrived meanwhile: group commit), confirms each round with one
// 21-byte frame, and reads the consumer's 21-byte acks. No parsing, routing, queues, checksums, ack log or
// allocation per message. Its CPU per message (user + system of its process, from /proc as for the brokers)
// is the floor under issue 17's "≤ 5 µs of broker CPU per message" on this machine: the kernel's loopback
// TCP and file work and Node's event loop, which every Node broker pays before doing any work of its own.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { readCpuSplit } from './proc.js';

/** Bytes one fast-client publish puts on the wire for a 1 KiB body (method + header + body frames). */
const MESSAGE_BYTES = 1088;
/** A basic.ack frame's size: the relay's confirm per round and the consumer's ack per message. */
const ACK_BYTES = 21;

const RELAY = `
const net = require('node:net');
const fs = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');
const [MSG, ACK] = [${MESSAGE_BYTES}, ${ACK_BYTES}];
const dir = fs.mkdtempSync(join(tmpdir(), 'wharf-bench-relay-'));
const fd = fs.openSync(join(dir, 'log'), 'a');
const confirm = Buffer.alloc(ACK);
let publisher, consumer, received = 0, synced = 0, syncing = false;
const sync = () => {
  if (syncing || received === synced) return;
  syncing = true;
  const upTo = received;
  fs.fdatasync(fd, () => {
    syncing = false;
    synced = upTo;
    confirm.writeUInt32BE(Math.floor(synced / MSG), 0);
    publisher.write(confirm);
    sync();
  });
};
const server = net.createServer((sock) => {
  sock.setNoDelay(true);
  sock.once('data', (hello) => {
    if (hello[0] === 0x43) { consumer = sock; sock.on('data', () => {}); return; }
    publisher = sock;
    sock.on('data', (d) => {
      fs.writeSync(fd, d);
      consumer.write(d);
      received += d.length;
      sync();
    });
  });
  sock.on('error', () => {});
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => { fs.rmSync(dir, { recursive: true, force: true }); process.exit(0); });
`;

const CLIENTS = `
const net = require('node:net');
const { workerData, parentPort } = require('node:worker_threads');
const { port, role, count, window: win } = workerData;
const [MSG, ACK] = [${MESSAGE_BYTES}, ${ACK_BYTES}];
const s = net.connect(port, '127.0.0.1', () => {
  s.setNoDelay(true);
  s.write(Buffer.from(role === 'consume' ? 'C' : 'P'));
  parentPort.postMessage('ready');
});
if (role === 'consume') {
  let bytes = 0, acked = 0;
  const acks = Buffer.alloc(ACK * 256);
  s.on('data', (d) => {
    bytes += d.length;
    let n = Math.floor(bytes / MSG) - acked;
    acked += n;
    while (n > 0) { const k = Math.min(n, 256); s.write(acks.subarray(0, k * ACK)); n -= k; }
    if (acked >= count) { parentPort.postMessage('done'); s.destroy(); }
  });
} else {
  const batch = Buffer.alloc(MSG * 64, 0x5a);
  let sent = 0, confirmed = 0, pending = Buffer.alloc(0);
  const pump = () => {
    while (sent < count && sent - confirmed < win) {
      const k = Math.min(64, count - sent, win - (sent - confirmed));
      s.write(batch.subarray(0, k * MSG));
      sent += k;
    }
  };
  s.on('data', (d) => {
    pending = pending.length ? Buffer.concat([pending, d]) : d;
    const whole = pending.length - (pending.length % ACK);
    if (whole) confirmed = pending.readUInt32BE(whole - ACK);
    pending = pending.subarray(whole);
    pump();
  });
  parentPort.on('message', pump);
}
s.on('error', () => {});
`;

export interface RelayFloor {
  /** the relay process's CPU µs per message relayed */
  usPerMessage: number;
  /** the part of it spent in the kernel (system time): loopback TCP, page cache, fdatasync, epoll */
  kernelUsPerMessage: number;
  msgPerSec: number;
}

/** Runs `count` messages through the minimal relay (its own process; clients in worker threads). */
export async function relayFloor(count = 100_000): Promise<RelayFloor> {
  const relay = spawn(process.execPath, ['-e', RELAY], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = Number(
      await new Promise<string>((res, rej) => {
        createInterface({ input: relay.stdout! }).once('line', res);
        relay.once('exit', (code) => rej(new Error(`relay exited with ${code}`)));
      }),
    );
    const start = (role: string) =>
      new Worker(CLIENTS, { eval: true, workerData: { port, role, count, window: 1000 } });
    const consumer = start('consume');
    await once(consumer, 'ready');
    const publisher = start('publish');
    await once(publisher, 'ready');
    await new Promise((r) => setTimeout(r, 50)); // both hellos read by the relay
    const cpu0 = readCpuSplit(relay.pid);
    const t0 = performance.now();
    publisher.postMessage('go');
    await once(consumer, 'done');
    const seconds = (performance.now() - t0) / 1000;
    const cpu = readCpuSplit(relay.pid);
    await Promise.all([consumer.terminate(), publisher.terminate()]);
    const perMessage = (s: number) => (s * 1e6) / count;
    return {
      usPerMessage: perMessage(cpu.user + cpu.system - cpu0.user - cpu0.system),
      kernelUsPerMessage: perMessage(cpu.system - cpu0.system),
      msgPerSec: count / seconds,
    };
  } finally {
    relay.kill('SIGTERM');
  }
}

function once(w: Worker, what: string): Promise<void> {
  return new Promise((res, rej) => {
    const onMessage = (m: unknown) => {
      if (m !== what) return;
      w.off('message', onMessage);
      res();
    };
    w.on('message', onMessage);
    w.once('error', rej);
  });
}
