// x-queue-type: stream, as RabbitMQ offers it over AMQP 0-9-1: an append-only log that
// consumers read without removing anything, each from its own offset (x-stream-offset:
// first, last, next, an offset, a timestamp, or an interval like "1h"); every delivery
// carries x-stream-offset; acks only return credit; retention by x-max-age and
// x-max-length-bytes drops whole old segments. basic.get, purge, no-ack consumers and
// consumers without a prefetch are refused with RabbitMQ's codes and texts.
import type { KnownBodyCrc, StreamLog, StreamReader, StreamReadView } from '../../store/index.js';
import { LogRefusedError, MemoryLog } from '../../store/index.js';
import type { Consumer } from '../queues/consumer.js';
import { BrokerError } from '../errors.js';
import { FLAG_PERSISTENT, type Message } from '../messages/message.js';
import { parseInterval } from '../topology/intervals.js';
import { type Policy, streamRetention } from '../topology/policies.js';
import { Queue, type QueueHooks, type QueueOptions, type Taken } from '../queues/queue.js';
import { encodeHead, headFlags } from '../messages/record.js';
import { type ConvertedRecord, STREAM_FORMAT_MASK } from './stream-format.js';

export interface StreamHooks extends QueueHooks {
  /** another front's record as the messages it holds (undefined: no front converts its format) */
  convert?(rec: StreamReadView): ConvertedRecord[] | undefined;
  /** the record's head with header x-stream-offset set */
  withStreamOffset(head: Buffer, flags: number, offset: number): Buffer;
}

interface StreamConsumer {
  consumer: Consumer;
  reader: StreamReader;
  /** where the consumer started: records of a converted batch before it are not delivered */
  from: number;
  /** the rest of a converted multi-record batch (a Kafka RecordBatch), delivered as credit allows */
  pending: ConvertedRecord[] | undefined;
  pendingAt: number;
}

// Deliveries per dispatch run before yielding to I/O.
const DISPATCH_BUDGET = 4096;

export class StreamQueue extends Queue {
  private readonly readers = new Map<Consumer, StreamConsumer>();
  private streamScheduled = false;
  private readonly runStreamDispatch = () => {
    try {
      this.dispatchStream();
    } catch (err) {
      this.retryLater('delivery', err, () => this.schedule());
    }
  };

  constructor(
    vhost: string,
    name: string,
    options: QueueOptions,
    readonly stream: StreamLog,
    private readonly streamHooks: StreamHooks,
    policy?: Policy,
  ) {
    // the classic machinery underneath stays empty: a stream keeps its messages in `stream`
    super(vhost, name, options, [new MemoryLog()], streamHooks, policy);
    // consumers read committed records only (below the synced high watermark, as Kafka's and
    // RabbitMQ's stream consumers do): an offset a consumer saw is never reused after a crash
    stream.committedListener = () => this.schedule();
  }

  /** A policy's max-age and max-length-bytes win over the arguments (rabbit_stream_queue). */
  override applyPolicy(policy: Policy | undefined): void {
    super.applyPolicy(policy);
    if (!this.deleted) this.stream.setRetention(streamRetention(this.options.arguments, policy?.definition));
  }

  private describe(): string {
    return `queue '${this.name}' in vhost '${this.vhost}'`;
  }

  // the base constructor reads these before `stream` is assigned, hence the `?.`
  override get count(): number {
    return this.stream?.count ?? 0;
  }

  override get bytes(): number {
    return this.stream?.bytes ?? 0;
  }

  /** Offsets between the end of the stream and the consumer farthest behind. */
  override consumerLag(): number {
    const end = this.stream.nextOffset;
    let lag = 0;
    for (const { reader } of this.readers.values()) lag = Math.max(lag, end - reader.offset);
    return lag;
  }

  /** RabbitMQ's declare-ok reports 0 messages for a stream; so does Wharf. */
  override get ready(): number {
    return 0;
  }

  /** a stream keeps every message, whatever its delivery mode */
  readonly persistsAll = true;

  override get durable(): boolean {
    return this.stream?.durable ?? true;
  }

  override sync(cb: (err?: Error) => void): void {
    this.stream.sync(cb);
  }

  override close(): Promise<void> {
    for (const sc of this.readers.values()) sc.reader.close();
    return this.stream.close();
  }

  override publish(msg: Message, head: Buffer = encodeHead(msg)): boolean {
    // everything in a stream is kept, whatever its delivery mode
    const flags = FLAG_PERSISTENT | headFlags(msg);
    try {
      this.stream.append(flags, msg.timestamp, head, msg.body);
    } catch (err) {
      // no space or no file descriptor for the stream's files: refused, the publisher gets a nack
      if (!(err instanceof LogRefusedError)) throw err;
      this.refusedByStore = true;
      return false;
    }
    this.stats.publish++;
    if (this.readers.size > 0) this.schedule();
    return true;
  }

  /**
   * Appends a record of any front's format covering `count` offsets (streams/partition.ts); returns its first
   * offset. Throws LogRefusedError when the store refuses it (no space, no descriptor).
   */
  appendRecord(
    flags: number,
    timestamp: number,
    count: number,
    head: Buffer,
    body: Buffer,
    offsetField: number,
    bodyCrc?: KnownBodyCrc,
  ): number {
    const offset =
      count === 1 && offsetField < 0 && bodyCrc === undefined
        ? this.stream.append(flags, timestamp, head, body)
        : this.stream.appendBatch(flags, timestamp, count, head, body, { offsetField, bodyCrc });
    this.stats.publish += count;
    if (this.readers.size > 0) this.schedule();
    return offset;
  }

  override get(_noAck: boolean): Taken | undefined {
    throw new BrokerError(
      'NOT_IMPLEMENTED',
      `basic.get not supported by stream queues ${this.describe()}`,
      true,
    );
  }

  override purge(): number {
    throw new BrokerError(
      'NOT_IMPLEMENTED',
      `queue.purge not supported by stream queues ${this.describe()}`,
      true,
    );
  }

  override addConsumer(c: Consumer): void {
    if (c.noAck) {
      throw new BrokerError(
        'NOT_IMPLEMENTED',
        `automatic acknowledgement not supported by stream queues ${this.describe()}`,
        true,
      );
    }
    if (!c.prefetch) {
      throw new BrokerError(
        'PRECONDITION_FAILED',
        `consumer prefetch count is not set for '${this.describe()}'`,
      );
    }
    const start = this.startOffset(c.consumeArguments?.['x-stream-offset']);
    this.readers.set(c, {
      consumer: c,
      reader: this.stream.reader(start, { committed: true }),
      from: start,
      pending: undefined,
      pendingAt: 0,
    });
    this.consumers.push(c);
    this.schedule();
  }

  override removeConsumer(c: Consumer): void {
    const sc = this.readers.get(c);
    if (!sc) return;
    sc.reader.close();
    this.readers.delete(c);
    const i = this.consumers.indexOf(c);
    if (i >= 0) this.consumers.splice(i, 1);
  }

  /** Acks and rejects only give credit back: a stream never redelivers. */
  override ack(_position: number, _level: number): void {}

  override reject(_position: number, _level: number, _requeue: boolean): void {}

  override schedule(): void {
    if (this.streamScheduled || this.deleted || this.readers.size === 0) return;
    this.streamScheduled = true;
    queueMicrotask(this.runStreamDispatch);
  }

  private dispatchStream(): void {
    this.streamScheduled = false;
    if (this.deleted) return;
    let budget = DISPATCH_BUDGET;
    for (const sc of this.readers.values()) {
      const { consumer, reader } = sc;
      while (budget > 0 && consumer.canAccept()) {
        if (sc.pending !== undefined) {
          const m = sc.pending[sc.pendingAt++];
          if (sc.pendingAt >= sc.pending.length) sc.pending = undefined;
          if (m.offset < sc.from) continue;
          budget--;
          this.deliverConverted(consumer, m);
          continue;
        }
        const rec = reader.next();
        if (!rec) break;
        // another front's record (a Kafka batch, a Redis entry): delivered through its front's converter
        if ((rec.flags & STREAM_FORMAT_MASK) !== 0) {
          const converted = this.streamHooks.convert?.(rec);
          if (converted !== undefined && converted.length > 0) {
            sc.pending = converted;
            sc.pendingAt = 0;
          }
          continue;
        }
        budget--;
        const head = this.streamHooks.withStreamOffset(rec.head, rec.flags, rec.offset);
        consumer.deliver(this, rec.offset, 0, head, rec.flags, rec.body, false);
      }
    }
    if (budget === 0) {
      this.streamScheduled = true;
      setImmediate(this.runStreamDispatch);
    }
  }

  private deliverConverted(consumer: Consumer, m: ConvertedRecord): void {
    const msg: Message = {
      exchange: m.exchange,
      routingKey: m.routingKey,
      properties: m.properties,
      body: m.body,
      persistent: true,
      timestamp: 0,
    };
    const flags = FLAG_PERSISTENT | headFlags(msg);
    const head = this.streamHooks.withStreamOffset(encodeHead(msg), flags, m.offset);
    consumer.deliver(this, m.offset, 0, head, flags, m.body, false);
  }

  /** Where a new consumer starts, from its x-stream-offset argument (RabbitMQ's rules). */
  private startOffset(spec: unknown): number {
    const s = this.stream;
    if (spec === undefined || spec === 'next') return s.nextOffset;
    if (spec === 'first') return s.firstOffset;
    if (spec === 'last') return s.lastChunkOffset();
    if (spec instanceof Date) return s.offsetForTimestamp(spec.getTime());
    if (typeof spec === 'number' || typeof spec === 'bigint') {
      const n = Number(spec);
      return Math.min(Math.max(n, s.firstOffset), s.nextOffset);
    }
    if (typeof spec === 'string') {
      const ms = parseInterval(spec);
      if (ms !== undefined) return s.offsetForTimestamp(Date.now() - ms);
    }
    throw new BrokerError(
      'PRECONDITION_FAILED',
      `invalid arg 'x-stream-offset' for ${this.describe()}: ${String(spec)}`,
    );
  }
}
