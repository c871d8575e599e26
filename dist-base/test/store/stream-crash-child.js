// Child process of stream-crash.test.ts: appends persistent records to a StreamLog as fast as it can, each
// with a sync, and prints "S <offset> <seq>" once that record is synced, until it is killed. Every tenth
// append is followed by a transient record (dropped by recovery, leaving a hole).
import { StreamLog } from '../../src/store/index.js';
const log = StreamLog.open(process.argv[2], { segmentSize: 256 * 1024 });
let seq = Number(process.argv[3] ?? 0);
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
        const offset = log.append(1, Date.now(), Buffer.from(`h${n}`), body);
        log.sync((err) => {
            if (err)
                throw err;
            report(`S ${offset} ${n}\n`);
        });
        if (n % 10 === 0)
            log.append(0, Date.now(), Buffer.alloc(0), Buffer.from('transient'));
    }
    setImmediate(burst);
}
burst();
//# sourceMappingURL=stream-crash-child.js.map