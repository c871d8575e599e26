// Temp directories for store tests; each test gets its own and removes it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';

export function tempDir(): string {
  return fs.mkdtempSync(join(os.tmpdir(), 'wharf-store-'));
}

export function rm(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function files(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort();
}
