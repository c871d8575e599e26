import type { Consumer, Queue } from '../broker/index.js';
import type { Channel } from './channel.js';

/** An AMQP basic.consume subscription, as the engine's Consumer. */
export class AmqpConsumer implements Consumer {
  /** unacked deliveries of this consumer (for its own prefetch) */
  unacked = 0;
  /** the tag as it goes on the wire, encoded once rather than per delivery */
  readonly tagBytes: Buffer;

  constructor(
    readonly tag: string,
    readonly queue: Queue | undefined,
    readonly channel: Channel,
    readonly noAck: boolean,
    readonly exclusive: boolean,
    /** per-consumer prefetch (basic.qos global=false) captured at consume time; 0 = unlimited */
    readonly prefetch: number,
    readonly priority = 0,
    /** consumer acknowledgement timeout (ms) for this consumer's deliveries */
    readonly ackTimeout = 1_800_000,
    readonly consumeArguments: Record<string, unknown> = {},
  ) {
    this.tagBytes = Buffer.from(tag);
  }

  canAccept(): boolean {
    if (!this.channel.canDeliver()) return false;
    if (this.noAck) return true;
    return (this.prefetch === 0 || this.unacked < this.prefetch) && this.channel.deliveries.hasCredit(this);
  }

  deliver(
    queue: Queue,
    position: number,
    /** priority level: passed back to Queue.ack/reject */
    level: number,
    head: Buffer,
    flags: number,
    body: Buffer,
    redelivered: boolean,
  ): void {
    this.channel.deliver(this, queue, position, level, head, flags, body, redelivered);
  }

  cancelledByServer(_queue: Queue): void {
    this.channel.serverCancel(this);
  }
}
