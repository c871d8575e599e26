// A small tmpfs for full-disk tests: the real ENOSPC of a real file system, no mock. Mounting needs root
// (and a kernel that lets the container mount); without either the test is skipped with a message.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
export const TMPFS_SKIP = 'needs root and mount(8) to put the data on a small tmpfs';
/**
 * Mounts a tmpfs of `bytes` on a fresh directory and runs fn with it; skips the test when that is not
 * possible. Always unmounts (lazily, if a child still holds a file) and removes the directory.
 */
export async function withTmpfs(t, bytes, fn) {
    if (process.getuid?.() !== 0) {
        t.skip(TMPFS_SKIP);
        return undefined;
    }
    const dir = fs.mkdtempSync(join(tmpdir(), 'wharf-tmpfs-'));
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { encoding: 'utf8' });
    if (m.status !== 0) {
        fs.rmdirSync(dir);
        t.skip(`${TMPFS_SKIP} (mount failed: ${(m.stderr || m.error?.message || '').trim()})`);
        return undefined;
    }
    try {
        return await fn(dir);
    }
    finally {
        const u = spawnSync('umount', [dir]);
        if (u.status !== 0)
            spawnSync('umount', ['-l', dir]);
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
/** Fills the file system holding dir to the last byte with the file `name`; returns its path. */
export function fillDisk(dir, name = 'filler') {
    const path = join(dir, name);
    const fd = fs.openSync(path, 'a');
    const chunk = Buffer.alloc(64 * 1024, 0x5a);
    try {
        for (let size = chunk.length; size > 0;) {
            try {
                fs.writeSync(fd, chunk, 0, size);
            }
            catch (e) {
                if (e.code !== 'ENOSPC')
                    throw e;
                size >>= 1; // the last pages, in smaller writes
            }
        }
    }
    finally {
        fs.closeSync(fd);
    }
    return path;
}
/** Free bytes on the file system holding dir. */
export function freeBytes(dir) {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize;
}
//# sourceMappingURL=tmpfs.js.map