// Offsets kept by the broker itself, on Wharf and RabbitMQ alike (RabbitMQ keeps stream
// offsets server-side only for its stream protocol, not over AMQP): one durable queue per
// consumer name, `wharf.offsets.<name>`, with `x-max-length: 1` (drop-head), holding the
// last saved offset as a persistent message. save() publishes with a confirm, so a saved
// offset survives a broker restart; load() reads it with basic.get and puts it back.
import type { Channel } from 'amqplib';
import type { OffsetStore } from './offset-store.js';

export function offsetQueue(name: string): string {
  return `wharf.offsets.${name}`;
}

export interface BrokerOffsetIo {
  withChannel<R>(fn: (ch: Channel) => Promise<R>): Promise<R>;
  publish(queue: string, offset: number): Promise<void>;
}

const ARGS = { durable: true, arguments: { 'x-max-length': 1, 'x-overflow': 'drop-head' } };

export class BrokerOffsetStore implements OffsetStore {
  private readonly declared = new Set<string>();

  constructor(private readonly io: BrokerOffsetIo) {}

  async load(name: string): Promise<number | undefined> {
    const queue = offsetQueue(name);
    return this.io.withChannel(async (ch) => {
      await ch.assertQueue(queue, ARGS);
      this.declared.add(queue);
      const msg = await ch.get(queue, { noAck: false });
      if (msg === false) return undefined;
      ch.nack(msg, false, true);
      const n = Number(msg.content.toString());
      return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
    });
  }

  async save(name: string, offset: number): Promise<void> {
    const queue = offsetQueue(name);
    if (!this.declared.has(queue)) {
      await this.io.withChannel((ch) => ch.assertQueue(queue, ARGS));
      this.declared.add(queue);
    }
    await this.io.publish(queue, offset);
  }
}
