// Differential runner: each scenario is written once as `(url) => observation`, runs on
// RabbitMQ (the reference) and on Wharf, and Wharf must observe exactly what RabbitMQ did.
// `expected` records what RabbitMQ 3.10 was seen to do, so the suite still checks Wharf
// where no RabbitMQ answers, and flags a reference that changed its behaviour.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RABBIT_SKIP } from '../helpers/brokers.js';
import { useBrokers } from '../helpers/suite.js';
export function scenario(name, expected, run, timeoutMs) {
    return { name, expected, run, timeoutMs };
}
export function differential(suite, scenarios) {
    describe(suite, () => {
        const brokers = useBrokers();
        for (const s of scenarios) {
            test(s.name, { timeout: s.timeoutMs ?? 20_000 }, async (t) => {
                let reference;
                let referenceSeen = false;
                await t.test('rabbitmq', async (st) => {
                    const url = await brokers.rabbit();
                    if (!url) {
                        st.skip(RABBIT_SKIP);
                        return;
                    }
                    reference = await s.run(url);
                    referenceSeen = true;
                    if (process.env.DIFF_PRINT)
                        console.log(s.name, JSON.stringify(reference));
                    assert.deepEqual(reference, s.expected, 'RabbitMQ does not behave as this test recorded');
                });
                await t.test('wharf', async () => {
                    const observed = await s.run(await brokers.wharf());
                    if (referenceSeen)
                        assert.deepEqual(observed, reference, 'Wharf differs from RabbitMQ');
                    else
                        assert.deepEqual(observed, s.expected, 'Wharf differs from recorded RabbitMQ behaviour');
                });
            });
        }
    });
}
//# sourceMappingURL=harness.js.map