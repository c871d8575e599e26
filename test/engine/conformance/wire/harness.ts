// A Wharf in this process over a data dir of the test's own, so a wire driver can stop it
// cleanly and start it again on the same data (new ports: each driver reconnects).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningWharf, startWharf } from '../../../../src/embedded/start-wharf.js';

export class WireHarness {
  readonly dir = mkdtempSync(join(tmpdir(), 'wharf-conformance-wire-'));
  wharf!: RunningWharf;

  async start(): Promise<RunningWharf> {
    this.wharf = await startWharf({ dataDir: this.dir, logLevel: 'silent', authFailureDelay: 0 });
    return this.wharf;
  }

  async restart(): Promise<RunningWharf> {
    await this.wharf.close();
    return this.start();
  }

  async close(): Promise<void> {
    await this.wharf?.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The front's port as it reported it. */
  port(protocol: string): number {
    const l = this.wharf.listeners.find((x) => x.protocol === protocol);
    if (l === undefined) throw new Error(`no ${protocol} listener`);
    return l.port;
  }
}
