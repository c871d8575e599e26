// Child of definitions-log.test.ts, started under `ulimit -f` so that the file cannot grow
// past a limit: a write that crosses it is cut short, then fails (EFBIG), exactly as a write
// does when a disk fills up mid-record. Appends records until one fails, then appends a
// smaller one that fits, and prints what happened as one JSON line.
import { statSync } from 'node:fs';
import { DefinitionsLog, DefinitionsWriteError } from '../../src/broker/definitions/definitions.js';
// without a handler the kernel's SIGXFSZ would end the process instead of failing the write
process.on('SIGXFSZ', () => { });
const path = process.argv[2];
const log = new DefinitionsLog(path);
let appended = 0;
let failure;
let sizeAfterFailure = -1;
const padding = 'p'.repeat(200);
for (let i = 0; i < 1000 && failure === undefined; i++) {
    try {
        log.append({ op: 'queue', vhost: '/', name: `q${i}-${padding}`, autoDelete: false, arguments: {} });
        appended++;
    }
    catch (err) {
        failure = err instanceof DefinitionsWriteError ? (err.failure.code ?? 'no code') : String(err);
        sizeAfterFailure = statSync(path).size;
    }
}
// a small record still fits where the big one did not
log.append({ op: 'queue.delete', vhost: '/', name: 'q0' });
log.close();
console.log(JSON.stringify({ appended, failure, sizeAfterFailure, finalSize: statSync(path).size }));
//# sourceMappingURL=append-limit-child.js.map