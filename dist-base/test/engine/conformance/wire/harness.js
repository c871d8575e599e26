// A Wharf in this process over a data dir of the test's own, so a wire driver can stop it
// cleanly and start it again on the same data (new ports: each driver reconnects).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWharf } from '../../../../src/embedded/start-wharf.js';
export class WireHarness {
    dir = mkdtempSync(join(tmpdir(), 'wharf-conformance-wire-'));
    wharf;
    async start() {
        this.wharf = await startWharf({ dataDir: this.dir, logLevel: 'silent', authFailureDelay: 0 });
        return this.wharf;
    }
    async restart() {
        await this.wharf.close();
        return this.start();
    }
    async close() {
        await this.wharf?.close();
        rmSync(this.dir, { recursive: true, force: true });
    }
    /** The front's port as it reported it. */
    port(protocol) {
        const l = this.wharf.listeners.find((x) => x.protocol === protocol);
        if (l === undefined)
            throw new Error(`no ${protocol} listener`);
        return l.port;
    }
}
//# sourceMappingURL=harness.js.map