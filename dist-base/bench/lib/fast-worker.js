// The publisher and consumer of client-worker.ts on the pre-encoded client (fast-amqp.ts):
// the same spec and results, with the client's own cost per message near zero.
import { methodFrame } from '../../src/amqp/codec/frame-writer.js';
import * as M from '../../src/amqp/codec/generated.js';
import { AckWriter, FastAmqp } from './fast-amqp.js';
/** Writes per batch of this many messages (one socket write each). */
const BATCH = 64;
export async function fastPublish(s, io) {
    if (s.window <= 0 || s.rate > 0 || s.stamp || s.confirmLatency)
        throw new Error('the fast client publishes with confirms, unpaced, unstamped');
    const c = await FastAmqp.open(s.url, true);
    const one = FastAmqp.publishFrames(s.exchange, s.routingKey, Buffer.alloc(s.bodySize, 0x61), s.persistent);
    const batch = Buffer.concat(Array.from({ length: BATCH }, () => one));
    io.ready();
    await io.go;
    const startNs = io.now();
    const deadline = startNs + s.maxMs * 1e6;
    let sent = 0;
    let confirmed = 0;
    let nacks = 0;
    await new Promise((resolve, reject) => {
        let stop = false;
        const pump = () => {
            while (!stop && sent < s.count && sent - confirmed + BATCH <= Math.max(s.window, BATCH)) {
                if (io.now() > deadline)
                    stop = true;
                const n = Math.min(BATCH, s.count - sent);
                sent += n;
                const ok = c.write(n === BATCH ? batch : batch.subarray(0, n * one.length));
                if (!ok) {
                    c.socket.once('drain', pump);
                    return;
                }
            }
            if ((sent >= s.count || stop) && confirmed >= sent)
                resolve();
        };
        c.listen((key, b, at) => {
            if (key !== M.BASIC_ACK && key !== M.BASIC_NACK)
                return;
            const tag = b.readUInt32BE(at) * 0x1_0000_0000 + b.readUInt32BE(at + 4);
            const multiple = (b[at + 8] & 1) === 1;
            const upTo = multiple ? tag : confirmed + 1;
            if (key === M.BASIC_NACK)
                nacks += upTo - confirmed;
            if (upTo > confirmed)
                confirmed = upTo;
            pump();
        }, reject);
        pump();
    });
    const endNs = io.now();
    c.close();
    return { role: 'publish', startNs, endNs, count: confirmed, nacks };
}
export async function fastConsume(s, io) {
    const c = await FastAmqp.open(s.url, false);
    c.write(methodFrame(1, M.BASIC_QOS, { prefetchSize: 0, prefetchCount: s.prefetch, global: false }));
    io.ready();
    await io.go;
    const startNs = io.now();
    let count = 0;
    let endNs = startNs;
    const acks = new AckWriter();
    let flushQueued = false;
    const flush = () => {
        flushQueued = false;
        acks.flush(c);
    };
    let failure;
    c.listen((key, b, at) => {
        if (key !== M.BASIC_DELIVER)
            return;
        const tagAt = at + 1 + b[at];
        acks.add(b.readUInt32BE(tagAt) * 0x1_0000_0000 + b.readUInt32BE(tagAt + 4));
        // one ack per message, as the amqplib consumer sends; written together per read
        if (!flushQueued) {
            flushQueued = true;
            setImmediate(flush);
        }
        count++;
        endNs = io.now();
        if (io.counted() === s.target)
            io.targetReached(endNs);
    }, (e) => (failure ??= e));
    c.write(methodFrame(1, M.BASIC_CONSUME, {
        ticket: 0,
        queue: s.queue,
        consumerTag: 'fast',
        noLocal: false,
        noAck: false,
        exclusive: false,
        nowait: true,
        arguments: {},
    }));
    await io.stopped;
    flush();
    c.close();
    const result = { role: 'consume', startNs, endNs, count, nacks: 0 };
    if (failure && !c.closed)
        result.error = failure.message;
    return result;
}
//# sourceMappingURL=fast-worker.js.map