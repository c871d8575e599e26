// Registers the brokers of a test file: one Wharf started before the tests (or WHARF_URL)
// and stopped after them, with a clean exit checked, plus RabbitMQ when it answers. A
// Wharf that fails to start fails only the Wharf tests, so the RabbitMQ side still runs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { RABBIT_SKIP, rabbitUrl, startWharf } from './brokers.js';
export function useBrokers() {
    let wharf;
    let rabbit;
    before(() => {
        wharf = startWharf();
        wharf.catch(() => { }); // reported by the tests that use it
        rabbit = rabbitUrl();
    });
    after(async () => {
        const w = await wharf?.catch(() => undefined);
        if (!w || w.external)
            return;
        const code = await w.stop();
        assert.equal(code, 0, `wharf did not exit cleanly on SIGTERM:\n${w.output()}`);
    });
    return {
        wharf: async () => (await wharf).url,
        rabbit: async () => (await rabbit) ?? null,
    };
}
/**
 * One test per broker, named `<name> [rabbitmq]` and `<name> [wharf]`; the RabbitMQ one is
 * skipped with a message when RabbitMQ is not reachable.
 */
export function testEachBroker(brokers, name, fn, opts = {}) {
    const timeout = opts.timeout ?? 30_000;
    test(`${name} [rabbitmq]`, { timeout }, async (t) => {
        const url = await brokers.rabbit();
        if (!url) {
            t.skip(RABBIT_SKIP);
            return;
        }
        await fn(url, t, 'rabbitmq');
    });
    test(`${name} [wharf]`, { timeout }, async (t) => {
        await fn(await brokers.wharf(), t, 'wharf');
    });
}
//# sourceMappingURL=suite.js.map