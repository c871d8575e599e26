import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
export function tempDir() {
    return fs.mkdtempSync(join(os.tmpdir(), 'wharf-store-'));
}
export function rm(dir) {
    fs.rmSync(dir, { recursive: true, force: true });
}
export function files(dir, ext) {
    return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort();
}
/**
 * SIGKILLs `proc` a random 100-400 ms after its output holds `minLines` lines (so a slow
 * start on a loaded machine cannot end a crash test before the child did any work), or
 * after `capMs` whatever it printed. Resolves when the process is gone.
 */
export function killAfterProgress(proc, output, minLines = 200, capMs = 20_000) {
    const exited = new Promise((resolve) => proc.on('close', () => resolve()));
    const started = Date.now();
    const poll = setInterval(() => {
        const lines = output().split('\n').length - 1;
        if (lines >= minLines || Date.now() - started > capMs) {
            clearInterval(poll);
            setTimeout(() => proc.kill('SIGKILL'), 100 + Math.random() * 300);
        }
    }, 20);
    return exited.finally(() => clearInterval(poll));
}
//# sourceMappingURL=helpers.js.map