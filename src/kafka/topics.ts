// Kafka topics are the engine's streams in one vhost (broker.streams(vhost), a StreamRegistry): a
// topic with one partition IS the stream queue of that name, so AMQP clients read it with
// x-stream-offset and an AMQP stream is a one-partition topic; a topic with N > 1 partitions is a
// RabbitMQ super stream (exchange `name`, stream queues `name-0` … `name-(N-1)`). This adds only
// Kafka's rules: name validation, Kafka's error codes, and the topic configs kept as arguments.
import {
  type Access,
  BrokerError,
  type Broker,
  type Stream,
  type StreamConfigChange,
  type StreamRegistry,
} from '../broker/index.js';
import { KafkaError } from './codec/index.js';
import { kafkaErrorOf } from './engine-errors.js';

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

/** Kafka's Topic.validate: legal characters and at most 249 of them. */
const LEGAL = /^[a-zA-Z0-9._-]+$/;

/** Stream settings a topic is created with (topic-configs.ts turns Kafka configs into these). */
export interface TopicSpec {
  maxAgeMs?: number;
  maxBytes?: number;
  segmentSize?: number;
  /** Kafka-only settings, kept as x-kafka-* arguments of the partitions */
  arguments?: Record<string, unknown>;
}

export class Topics {
  constructor(
    private readonly broker: Broker,
    readonly vhost: string,
  ) {}

  private get registry(): StreamRegistry | undefined {
    return this.broker.vhost(this.vhost) ? this.broker.streams(this.vhost) : undefined;
  }

  list(): TopicInfo[] {
    return (this.registry?.list() ?? []).map((s) => ({ name: s.name, partitions: s.partitions.length }));
  }

  get(name: string): TopicInfo | undefined {
    const s = this.stream(name);
    return s ? { name: s.name, partitions: s.partitions.length } : undefined;
  }

  stream(name: string): Stream | undefined {
    return this.registry?.get(name);
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

  /** Creates a topic of `partitions` streams; validateOnly checks and creates nothing. */
  create(
    name: string,
    partitions: number,
    spec: TopicSpec = {},
    access?: Access,
    validateOnly = false,
  ): void {
    Topics.validateName(name);
    if (!Number.isInteger(partitions) || partitions < 1)
      throw new TopicError(37, `Number of partitions must be larger than 0.`);
    const registry = this.registry;
    if (!registry) throw new TopicError(-1, `vhost '${this.vhost}' does not exist`);
    if (registry.get(name)) throw new TopicError(36, `Topic '${name}' already exists.`);
    access?.check('configure', partitions > 1 ? 'exchange' : 'queue', name);
    if (validateOnly) return;
    registry.create(name, { partitions, ...spec }, access);
  }

  /** CreatePartitions: grows a topic to `total` partitions (a one-partition topic's stream becomes partition 0). */
  addPartitions(name: string, total: number, access?: Access, validateOnly = false): void {
    const t = this.get(name);
    if (!t) throw new TopicError(3, `Topic '${name}' does not exist.`);
    if (total <= t.partitions)
      throw new TopicError(
        37,
        `Topic currently has ${t.partitions} partitions, which is higher than the requested ${total}.`,
      );
    if (validateOnly) return;
    this.registry!.addPartitions(name, total, access);
  }

  /** AlterConfigs: changes the topic's configs on every partition (recorded durably by the engine). */
  configure(name: string, change: StreamConfigChange, access?: Access): void {
    const registry = this.registry;
    if (!registry?.get(name)) throw new TopicError(3, `Topic '${name}' does not exist.`);
    registry.configure(name, change, access);
  }

  delete(name: string): void {
    if (!this.registry?.delete(name)) throw new TopicError(3, `Topic '${name}' does not exist.`);
  }
}

/** Maps an engine refusal to Kafka's code for topic operations. */
export function topicErrorCode(err: unknown): { code: number; message: string } {
  if (err instanceof TopicError) return { code: err.code, message: err.message };
  if (err instanceof BrokerError) {
    // a precondition on a topic operation: the name is taken by a queue of another kind
    const e = kafkaErrorOf(err, { PRECONDITION_FAILED: KafkaError.TOPIC_ALREADY_EXISTS });
    return { code: e.code, message: err.message };
  }
  throw err;
}
