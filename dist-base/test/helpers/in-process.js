// A Wharf running inside the test process, for fault injection that needs the broker's own
// descriptors (see broken-files.ts): port 0, its own data dir, warnings captured.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { WharfServer } from '../../src/server.js';
export async function startInProcess(dataDir = mkdtempSync(join(tmpdir(), 'wharf-inproc-'))) {
    const warnings = [];
    const logger = pino({ level: 'warn' }, { write: (line) => void warnings.push(line) });
    const server = new WharfServer({ host: '127.0.0.1', amqpPort: 0, httpPort: false, dataDir, logger });
    await server.start();
    let stopped = false;
    const w = {
        server,
        url: `amqp://guest:guest@127.0.0.1:${server.amqpPort}`,
        dataDir,
        warnings,
        async stop() {
            if (stopped)
                return;
            stopped = true;
            await server.stop();
        },
        async restart() {
            await w.stop();
            return startInProcess(dataDir);
        },
        remove() {
            rmSync(dataDir, { recursive: true, force: true });
        },
    };
    return w;
}
/** Directories under the data dir's queues/ right now (to find the one a declare creates). */
export function queueDirs(dataDir) {
    return new Set(readdirSync(join(dataDir, 'queues')).map((d) => join(dataDir, 'queues', d)));
}
/** Polls `pred` until it holds, or fails after `ms`. */
export async function until(pred, ms, what) {
    const deadline = Date.now() + ms;
    while (!pred()) {
        if (Date.now() > deadline)
            throw new Error(`timed out after ${ms} ms waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 10));
    }
}
//# sourceMappingURL=in-process.js.map