// Child process of hwm-crash.test.ts: a Broker on the data dir given, a stream `s` (made on the first run)
// whose partition 0 gets bursts of records (one offset each and batches of 2-9 offsets) as fast as it can,
// without ever asking for a sync. A committed reader follows it (waitFor + read) and prints every record it
// sees, "C <offset> <count> <seq>"; an uncommitted reader prints what it sees too, "U <offset> <seq>", for the
// parent to count what a reader of unsynced data would have been told. Runs until killed.
import { writeSync } from 'node:fs';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { Broker, StreamFormat } from '../../src/broker/index.js';
const broker = new Broker({ dataDir: process.argv[2], format: amqpPropertiesFormat });
broker.open();
const streams = broker.streams('/');
const stream = streams.get('s') ?? streams.create('s', { segmentSize: 256 * 1024 });
const p = stream.partition(0);
let seq = Number(process.argv[3] ?? 0);
const seqOf = (b) => /^#(\d+)#/.exec(b.toString('latin1', 0, 16))[1];
// Both readers are drained right after each burst, in the same tick, and what they saw is written at once
// (writeSync): a reader shown records still in the log's write buffer tells the parent about them before
// SIGKILL can take them back.
const committed = p.reader(p.nextOffset, true);
const loose = p.reader(p.nextOffset, false);
function drain() {
    let out = '';
    for (let v = committed.next(); v; v = committed.next())
        out += `C ${v.offset} ${v.count} ${seqOf(v.body)}\n`;
    for (let v = loose.next(); v; v = loose.next())
        out += `U ${v.offset} ${seqOf(v.body)}\n`;
    if (out !== '')
        writeSync(1, out);
}
function burst() {
    for (let i = 0; i < 100; i++) {
        const n = seq++;
        const count = n % 3 === 0 ? 2 + (n % 8) : 1;
        const body = Buffer.alloc(24 + (n % 500), n & 0xff);
        body.write(`#${n}#`);
        p.appendBatch(StreamFormat.kafka, Date.now(), count, Buffer.alloc(0), body);
    }
    drain();
    setImmediate(burst);
}
// a waiter keeps sync rounds coming (nobody else asks for one) and drains as soon as the watermark moves
async function follow() {
    for (;;) {
        await p.waitFor(committed.offset, 1000);
        drain();
    }
}
burst();
void follow();
//# sourceMappingURL=hwm-crash-child.js.map