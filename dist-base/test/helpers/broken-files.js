// Fault injection without mocks: the descriptors this process holds on files under a
// directory are swapped, number for number, for read-only descriptors of /dev/full, as
// if the disk under a real log had failed. The log's next write fails (EBADF), so its
// next group commit fails, through the store's real code. Linux only (/proc/self/fd);
// in-process brokers only.
import { closeSync, existsSync, openSync, readdirSync, readlinkSync } from 'node:fs';
export const CAN_BREAK_FILES = existsSync('/proc/self/fd') && existsSync('/dev/full');
/** Breaks every open descriptor on a file under `dir`; returns how many. */
export function breakOpenFiles(dir) {
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    const targets = [];
    for (const name of readdirSync('/proc/self/fd')) {
        const fd = Number(name);
        let path;
        try {
            path = readlinkSync(`/proc/self/fd/${name}`);
        }
        catch {
            continue; // the descriptor used to list the directory is gone already
        }
        if (path.startsWith(prefix))
            targets.push(fd);
    }
    for (const fd of targets)
        replaceWithReadOnly(fd);
    return targets.length;
}
/**
 * close(fd) then open() until the kernel hands out that same number (it always gives the
 * lowest free one), so no other file can take the number in between: Node has no dup2.
 */
function replaceWithReadOnly(fd) {
    const spare = [];
    closeSync(fd);
    try {
        for (let i = 0; i < 100_000; i++) {
            const got = openSync('/dev/full', 'r');
            if (got === fd)
                return;
            spare.push(got);
        }
        throw new Error(`could not reopen descriptor ${fd}`);
    }
    finally {
        for (const s of spare)
            closeSync(s);
    }
}
//# sourceMappingURL=broken-files.js.map