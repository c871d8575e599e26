// A Wharf running inside the test process, for fault injection that needs the broker's own
// descriptors (see broken-files.ts): port 0, its own data dir, warnings captured.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { WharfServer } from '../../src/server.js';

export interface InProcessWharf {
  server: WharfServer;
  url: string;
  dataDir: string;
  /** warning and error log lines so far */
  warnings: string[];
  stop(): Promise<void>;
  /** A new server on the same data dir (this one must be stopped first). */
  restart(): Promise<InProcessWharf>;
  /** Removes the data dir (after stop). */
  remove(): void;
}

export async function startInProcess(
  dataDir = mkdtempSync(join(tmpdir(), 'wharf-inproc-')),
): Promise<InProcessWharf> {
  const warnings: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
  const server = new WharfServer({ host: '127.0.0.1', amqpPort: 0, httpPort: false, dataDir, logger });
  await server.start();
  let stopped = false;
  const w: InProcessWharf = {
    server,
    url: `amqp://guest:guest@127.0.0.1:${server.amqpPort}`,
    dataDir,
    warnings,
    async stop() {
      if (stopped) return;
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
export function queueDirs(dataDir: string): Set<string> {
  return new Set(readdirSync(join(dataDir, 'queues')).map((d) => join(dataDir, 'queues', d)));
}

/** Polls `pred` until it holds, or fails after `ms`. */
export async function until(pred: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
