// Child process of journal.test.ts: applies the deterministic operations opAt(seq) from the given start seq to
// a small journal (so it compacts often) and prints "C <seq>" once a sync covers every operation before seq,
// until it is killed.
import { Journal } from '../../src/store/journal.js';
import { opAt } from './journal-ops.js';
const j = Journal.open(process.argv[2], { compactMinBytes: 64 * 1024 });
let seq = Number(process.argv[3]);
function burst() {
    for (let n = 0; n < 100; n++) {
        const op = opAt(seq++);
        if (op.value === undefined)
            j.delete(op.key);
        else
            j.set(op.key, Buffer.from(op.value));
    }
    const upTo = seq;
    j.sync((err) => {
        if (err)
            throw err;
        process.stdout.write(`C ${upTo}\n`);
    });
    setImmediate(burst);
}
burst();
//# sourceMappingURL=journal-crash-child.js.map