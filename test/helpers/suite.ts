// Registers the brokers of a test file: one Wharf started before the tests (or WHARF_URL)
// and stopped after them, with a clean exit checked, plus RabbitMQ when it answers. A
// Wharf that fails to start fails only the Wharf tests, so the RabbitMQ side still runs.
import assert from 'node:assert/strict';
import { after, before, type TestContext, test } from 'node:test';
import { RABBIT_SKIP, rabbitUrl, startWharf, type WharfProcess } from './brokers.js';

export type BrokerName = 'wharf' | 'rabbitmq';

export interface Brokers {
  /** Wharf's URL; throws the start error if Wharf did not come up. */
  wharf(): Promise<string>;
  /** RabbitMQ's URL, or null when it is not reachable. */
  rabbit(): Promise<string | null>;
}

export function useBrokers(): Brokers {
  let wharf: Promise<WharfProcess> | undefined;
  let rabbit: Promise<string | null> | undefined;
  before(() => {
    wharf = startWharf();
    wharf.catch(() => {}); // reported by the tests that use it
    rabbit = rabbitUrl();
  });
  after(async () => {
    const w = await wharf?.catch(() => undefined);
    if (!w || w.external) return;
    const code = await w.stop();
    assert.equal(code, 0, `wharf did not exit cleanly on SIGTERM:\n${w.output()}`);
  });
  return {
    wharf: async () => (await wharf!).url,
    rabbit: async () => (await rabbit) ?? null,
  };
}

export interface PerBrokerOptions {
  timeout?: number;
}

/**
 * One test per broker, named `<name> [rabbitmq]` and `<name> [wharf]`; the RabbitMQ one is
 * skipped with a message when RabbitMQ is not reachable.
 */
export function testEachBroker(
  brokers: Brokers,
  name: string,
  fn: (url: string, t: TestContext, broker: BrokerName) => Promise<void>,
  opts: PerBrokerOptions = {},
): void {
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
