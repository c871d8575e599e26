// Kafka topics as Wharf streams, in one vhost: a topic with one partition IS the stream queue of
// that name (x-queue-type: stream), so AMQP clients read it with x-stream-offset and an AMQP stream
// is a one-partition topic; a topic with N > 1 partitions is a RabbitMQ super stream: a direct
// exchange `name` with x-super-stream: true and stream queues `name-0` … `name-(N-1)`, bound with
// routing keys "0" … "N-1" and x-stream-partition-order (RabbitMQ's own layout, so a stream client
// of a RabbitMQ cluster would find the same objects). Every change goes through VHost, the one write
// path for topology, so it is in the definitions log and survives restarts.
import { type Access, BrokerError, type Broker, StreamQueue, type VHost } from '../broker/index.js';

export interface TopicInfo {
  name: string;
  partitions: number;
}

/** A refusal in Kafka's terms: the code to answer with and its message. */
export class TopicError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const SUPER_STREAM = 'x-super-stream';
const PARTITION_ORDER = 'x-stream-partition-order';
/** Kafka's Topic.validate: legal characters and at most 249 of them. */
const LEGAL = /^[a-zA-Z0-9._-]+$/;

export class Topics {
  constructor(
    private readonly broker: Broker,
    private readonly vhostName: string,
  ) {}

  private get vhost(): VHost {
    const v = this.broker.vhost(this.vhostName);
    if (!v) throw new TopicError(3, `vhost '${this.vhostName}' does not exist`);
    return v;
  }

  /** Every topic: super streams, then the stream queues that are not one of their partitions. */
  list(): TopicInfo[] {
    const v = this.broker.vhost(this.vhostName);
    if (!v) return [];
    const out: TopicInfo[] = [];
    const partitionQueues = new Set<string>();
    for (const ex of v.exchanges.values()) {
      if (ex.options.arguments[SUPER_STREAM] !== true || ex.deleted) continue;
      const n = this.superStreamPartitions(v, ex.name);
      for (let i = 0; i < n; i++) partitionQueues.add(`${ex.name}-${i}`);
      out.push({ name: ex.name, partitions: n });
    }
    for (const q of v.queues.values()) {
      if (q instanceof StreamQueue && !q.deleted && !partitionQueues.has(q.name))
        out.push({ name: q.name, partitions: 1 });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  get(name: string): TopicInfo | undefined {
    const v = this.broker.vhost(this.vhostName);
    if (!v) return undefined;
    const ex = v.exchanges.get(name);
    if (ex && ex.options.arguments[SUPER_STREAM] === true && !ex.deleted)
      return { name, partitions: this.superStreamPartitions(v, name) };
    const q = v.queues.get(name);
    if (q instanceof StreamQueue && !q.deleted) return { name, partitions: 1 };
    return undefined;
  }

  /** The stream holding one partition, or undefined when the topic or partition does not exist. */
  partition(topic: string, index: number): StreamQueue | undefined {
    const v = this.broker.vhost(this.vhostName);
    if (!v) return undefined;
    const ex = v.exchanges.get(topic);
    const name =
      ex && ex.options.arguments[SUPER_STREAM] === true
        ? `${topic}-${index}`
        : index === 0
          ? topic
          : undefined;
    if (name === undefined) return undefined;
    const q = v.queues.get(name);
    return q instanceof StreamQueue && !q.deleted ? q : undefined;
  }

  private superStreamPartitions(v: VHost, name: string): number {
    let n = 0;
    while (v.queues.get(`${name}-${n}`) instanceof StreamQueue) n++;
    return n;
  }

  /** Kafka's name rules (Topic.validate), as INVALID_TOPIC_EXCEPTION. */
  static validateName(name: string): void {
    if (name === '' || name === '.' || name === '..')
      throw new TopicError(17, `Topic name is illegal, it can't be empty, '.' or '..'`);
    if (name.length > 249)
      throw new TopicError(17, `Topic name is illegal, it can't be longer than 249 characters`);
    if (!LEGAL.test(name))
      throw new TopicError(
        17,
        `Topic name '${name}' is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`,
      );
  }

  /**
   * Creates a topic of `partitions` streams with the given stream arguments (x-max-age,
   * x-max-length-bytes, x-stream-max-segment-size-bytes). validateOnly checks and creates nothing.
   */
  create(
    name: string,
    partitions: number,
    args: Record<string, unknown>,
    access?: Access,
    validateOnly = false,
  ): void {
    Topics.validateName(name);
    if (!Number.isInteger(partitions) || partitions < 1)
      throw new TopicError(37, `Number of partitions must be larger than 0.`);
    const v = this.vhost;
    if (this.get(name) || v.queues.has(name) || v.exchanges.has(name))
      throw new TopicError(36, `Topic '${name}' already exists.`);
    if (partitions > 1) {
      for (let i = 0; i < partitions; i++) {
        if (v.queues.has(`${name}-${i}`))
          throw new TopicError(36, `Topic '${name}' collides with the existing queue '${name}-${i}'.`);
      }
    }
    access?.check('configure', partitions > 1 ? 'exchange' : 'queue', name);
    if (validateOnly) return;
    const streamArgs = { ...args, 'x-queue-type': 'stream' };
    if (partitions === 1) {
      v.declareQueue(name, {
        durable: true,
        exclusive: false,
        autoDelete: false,
        arguments: streamArgs,
        passive: false,
      });
      return;
    }
    v.declareExchange(
      name,
      'direct',
      { durable: true, autoDelete: false, internal: false, arguments: { [SUPER_STREAM]: true } },
      false,
    );
    this.addPartitionStreams(v, name, 0, partitions, streamArgs);
  }

  private addPartitionStreams(
    v: VHost,
    name: string,
    from: number,
    to: number,
    streamArgs: Record<string, unknown>,
  ): void {
    for (let i = from; i < to; i++) {
      const q = `${name}-${i}`;
      v.declareQueue(q, {
        durable: true,
        exclusive: false,
        autoDelete: false,
        arguments: streamArgs,
        passive: false,
      });
      v.bindQueue(q, name, String(i), { [PARTITION_ORDER]: i });
    }
  }

  /** CreatePartitions: grows a topic to `total` partitions (a one-partition topic cannot grow: it is a plain stream). */
  addPartitions(name: string, total: number, access?: Access, validateOnly = false): void {
    const t = this.get(name);
    if (!t) throw new TopicError(3, `Topic '${name}' does not exist.`);
    if (total <= t.partitions)
      throw new TopicError(
        37,
        `Topic currently has ${t.partitions} partitions, which is higher than the requested ${total}.`,
      );
    if (t.partitions === 1)
      throw new TopicError(
        37,
        `Topic '${name}' is the stream queue '${name}': a one-partition topic cannot grow (create it with more partitions).`,
      );
    access?.check('configure', 'exchange', name);
    if (validateOnly) return;
    const v = this.vhost;
    const args = { ...v.queues.get(`${name}-0`)!.options.arguments };
    this.addPartitionStreams(v, name, t.partitions, total, args);
  }

  delete(name: string, access?: Access): void {
    const t = this.get(name);
    if (!t) throw new TopicError(3, `Topic '${name}' does not exist.`);
    const v = this.vhost;
    access?.check('configure', t.partitions > 1 || v.exchanges.has(name) ? 'exchange' : 'queue', name);
    const ex = v.exchanges.get(name);
    if (ex && ex.options.arguments[SUPER_STREAM] === true) {
      for (let i = 0; i < t.partitions; i++) v.deleteQueue(`${name}-${i}`, false, false);
      v.deleteExchange(name, false);
    } else {
      v.deleteQueue(name, false, false);
    }
  }
}

/** Maps an engine refusal to Kafka's code for topic operations. */
export function topicErrorCode(err: unknown): { code: number; message: string } {
  if (err instanceof TopicError) return { code: err.code, message: err.message };
  if (err instanceof BrokerError) {
    if (err.code === 'ACCESS_REFUSED') return { code: 29, message: err.message };
    if (err.code === 'NOT_FOUND') return { code: 3, message: err.message };
    if (err.code === 'PRECONDITION_FAILED') return { code: 40, message: err.message };
    return { code: -1, message: err.message };
  }
  throw err;
}
