// A deleted log's directory steps aside at once, before its last writes and syncs finish:
// a queue or stream of the same name may be declared again right away (an AMQP delete then
// declare, a Redis DEL then XADD), and its new log must neither recover the old files nor
// have its own files removed by the old log's cleanup. Open descriptors stay valid across
// the rename, so the old log finishes against the moved files.
import fs from 'node:fs';
/** Moves `dir` to a unique sibling name and returns it; `dir` itself when it cannot be moved. */
export function setAside(dir) {
    const aside = `${dir}.deleted-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    try {
        fs.renameSync(dir, aside);
        return aside;
    }
    catch {
        return dir; // not there (never written) or not movable: removed in place by the caller
    }
}
//# sourceMappingURL=set-aside.js.map