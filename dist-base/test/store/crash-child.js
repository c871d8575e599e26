// Child process of crash.test.ts: appends persistent records as fast as it can, each with a sync, and prints
// "S <position> <seq>" once that record is synced (and "A <position>" when it acks one), until it is killed.
import { SegmentLog } from '../../src/store/index.js';
const log = SegmentLog.open(process.argv[2], { segmentSize: 256 * 1024, ackSyncDelayMs: 5 });
let seq = 0;
let out = '';
let flushQueued = false;
function flush() {
    flushQueued = false;
    const s = out;
    out = '';
    process.stdout.write(s); // synchronous for pipes on Linux: once it returns, the parent can read it
}
function report(line) {
    out += line;
    if (!flushQueued) {
        flushQueued = true;
        setImmediate(flush);
    }
}
function burst() {
    for (let i = 0; i < 200; i++) {
        const n = seq++;
        const body = Buffer.alloc(20 + (n % 700), n & 0xff);
        body.write(`#${n}#`);
        const pos = log.append(1, Date.now(), Buffer.from('head'), body);
        log.sync((err) => {
            if (err)
                throw err;
            report(`S ${pos} ${n}\n`);
            if (n % 3 === 0) {
                log.ack(pos);
                report(`A ${pos}\n`);
            }
        });
        if (n % 10 === 0)
            log.append(0, 0, Buffer.alloc(0), Buffer.from('transient'));
    }
    setImmediate(burst);
}
burst();
//# sourceMappingURL=crash-child.js.map