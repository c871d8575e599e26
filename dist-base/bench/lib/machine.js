// This machine's ceilings, measured in the same run as the brokers so the broker
// figures can be read as a fraction of what the hardware allows. Bounded in size and
// time; temp files are removed. Temp files live in os.tmpdir(), the same file
// system as Wharf's data dir in this harness.
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
export function machineInfo() {
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
/** MB here is 10^6 bytes, as disk and network vendors count. */
export function seqWrite(totalMiB = 256) {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-bench-disk-'));
    const fd = openSync(join(dir, 'seq'), 'w');
    try {
        const chunk = Buffer.alloc(2 ** 20);
        for (let i = 0; i < chunk.length; i += 4)
            chunk.writeUInt32LE((i * 2654435761) >>> 0, i); // not all zeros
        const t0 = performance.now();
        for (let i = 0; i < totalMiB; i++)
            writeSync(fd, chunk);
        fdatasyncSync(fd);
        const s = (performance.now() - t0) / 1000;
        return (totalMiB * 2 ** 20) / 1e6 / s;
    }
    finally {
        closeSync(fd);
        rmSync(dir, { recursive: true, force: true });
    }
}
export function fdatasyncRate(seconds = 2) {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-bench-sync-'));
    const fd = openSync(join(dir, 'log'), 'a');
    try {
        const rec = Buffer.alloc(4096, 0x5a);
        let n = 0;
        const t0 = performance.now();
        const end = t0 + seconds * 1000;
        let t = t0;
        while (t < end) {
            writeSync(fd, rec);
            fdatasyncSync(fd);
            n++;
            t = performance.now();
        }
        return n / ((t - t0) / 1000);
    }
    finally {
        closeSync(fd);
        rmSync(dir, { recursive: true, force: true });
    }
}
/** Sender in a worker thread so sending and receiving use separate cores, like a client and a broker. */
export async function loopbackTcp(seconds = 2) {
    let bytes = 0;
    let first = 0;
    let last = 0;
    const server = createServer((sock) => {
        sock.on('data', (d) => {
            if (!first)
                first = performance.now();
            bytes += d.length;
            last = performance.now();
        });
        sock.on('error', () => { });
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const port = server.address().port;
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
    await new Promise((res, rej) => {
        w.once('message', () => res());
        w.once('error', rej);
    });
    await new Promise((r) => setTimeout(r, 100)); // let the tail arrive
    await w.terminate();
    server.close();
    return bytes / 1e6 / ((last - first) / 1000);
}
export async function measureLimits(log) {
    log('machine limits: sequential write (256 MiB + fdatasync)');
    const seqWriteMBs = seqWrite();
    log(`machine limits: sequential write ${seqWriteMBs.toFixed(0)} MB/s; fdatasync rate (2 s)`);
    const fdatasyncPerSec = fdatasyncRate();
    log(`machine limits: fdatasync ${fdatasyncPerSec.toFixed(0)}/s; loopback TCP (2 s)`);
    const loopbackTcpMBs = await loopbackTcp();
    log(`machine limits: loopback TCP ${loopbackTcpMBs.toFixed(0)} MB/s`);
    return { seqWriteMBs, fdatasyncPerSec, loopbackTcpMBs };
}
//# sourceMappingURL=machine.js.map