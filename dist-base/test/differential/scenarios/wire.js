// Malformed input at the wire, sent with a raw socket (no client library would send it):
// which reply code and class/method ids close the connection. Reply texts are not compared.
import * as M from '../../../src/amqp/codec/generated.js';
import { methodFrame } from '../../../src/amqp/codec/index.js';
import { RawClient, rawFrame } from '../../amqp/raw-client.js';
import { uniqueName } from '../../helpers/brokers.js';
import { scenario } from '../harness.js';
const portOf = (url) => Number(new URL(url).port || 5672);
/** Opens a connection (and channel 1), sends what `send` makes, returns the connection.close. */
async function closeAfter(url, openChannel, send) {
    const c = await RawClient.connect(portOf(url));
    try {
        await c.handshake();
        if (openChannel)
            await c.openChannel(1);
        send(c);
        const m = await c.waitMethod(M.CONNECTION_CLOSE);
        return {
            code: m.args.replyCode,
            classId: m.args.classId,
            methodId: m.args.methodId,
        };
    }
    finally {
        c.end();
    }
}
/** queue.declare's argument bytes (after class and method ids), for mutation. */
function declarePayload() {
    const frame = methodFrame(1, M.QUEUE_DECLARE, {
        ticket: 0,
        queue: uniqueName('never-declared'),
        passive: false,
        durable: false,
        exclusive: true,
        autoDelete: false,
        nowait: false,
        arguments: { 'x-a': 'b' },
    });
    return Buffer.from(frame.subarray(7, frame.length - 1));
}
const QUEUE_DECLARE = { code: 501, classId: 50, methodId: 10 };
const undecodableArguments = scenario('method arguments that do not decode close the connection with 501 FRAME_ERROR naming the method', {
    tableRunsPastFrame: QUEUE_DECLARE,
    tableShorterThanItsFields: QUEUE_DECLARE,
    truncated: QUEUE_DECLARE,
    trailingBytes: QUEUE_DECLARE,
    shortstrRunsPastFrame: QUEUE_DECLARE,
}, async (url) => {
    const mutated = (mutate) => closeAfter(url, true, (c) => c.send(rawFrame(1, 1, mutate(declarePayload()))));
    // the arguments table is last: u32 length, then 'x-a' => 'S' longstr 'b' (14 bytes in all)
    const tableAt = (p) => p.length - 14;
    return {
        tableRunsPastFrame: await mutated((p) => {
            p.writeUInt32BE(1000, tableAt(p));
            return p;
        }),
        tableShorterThanItsFields: await mutated((p) => {
            p.writeUInt32BE(7, tableAt(p));
            return p;
        }),
        truncated: await mutated((p) => p.subarray(0, p.length - 3)),
        trailingBytes: await mutated((p) => Buffer.concat([p, Buffer.from([1, 2, 3])])),
        shortstrRunsPastFrame: await mutated((p) => {
            p[6] = 250; // the queue name's length (after ticket u16 at 4..5)
            return p;
        }),
    };
});
const channelMethodsOnChannel0 = scenario('a channel-level method, or a handshake method, on channel 0 of an open connection closes it with 504 CHANNEL_ERROR', {
    basicQos: { code: 504, classId: 60, methodId: 10 },
    queueDeclare: { code: 504, classId: 50, methodId: 10 },
    channelOpen: { code: 504, classId: 20, methodId: 10 },
    txSelect: { code: 504, classId: 90, methodId: 10 },
    connectionTuneOk: { code: 504, classId: 10, methodId: 31 },
}, async (url) => {
    const on0 = (key, args) => closeAfter(url, false, (c) => c.send(methodFrame(0, key, args)));
    return {
        basicQos: await on0(M.BASIC_QOS, { prefetchSize: 0, prefetchCount: 1, global: false }),
        queueDeclare: await on0(M.QUEUE_DECLARE, {
            ticket: 0,
            queue: uniqueName('never-declared'),
            passive: false,
            durable: false,
            exclusive: true,
            autoDelete: false,
            nowait: false,
            arguments: {},
        }),
        channelOpen: await on0(M.CHANNEL_OPEN, { outOfBand: '' }),
        txSelect: await on0(M.TX_SELECT, {}),
        connectionTuneOk: await on0(M.CONNECTION_TUNE_OK, { channelMax: 0, frameMax: 131072, heartbeat: 0 }),
    };
});
export const wireScenarios = [undecodableArguments, channelMethodsOnChannel0];
//# sourceMappingURL=wire.js.map