// Kafka topics are the engine's streams in one vhost (broker.streams(vhost), a StreamRegistry): a
// topic with one partition IS the stream queue of that name, so AMQP clients read it with
// x-stream-offset and an AMQP stream is a one-partition topic; a topic with N > 1 partitions is a
// RabbitMQ super stream (exchange `name`, stream queues `name-0` … `name-(N-1)`). This adds only
// Kafka's rules: name validation, Kafka's error codes, and the topic configs kept as arguments.
import { BrokerError, } from '../broker/index.js';
import { KafkaError } from './codec/index.js';
import { kafkaErrorOf } from './engine-errors.js';
/** A refusal in Kafka's terms: the code to answer with and its message. */
export class TopicError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/** Kafka's Topic.validate: legal characters and at most 249 of them. */
const LEGAL = /^[a-zA-Z0-9._-]+$/;
export class Topics {
    broker;
    vhost;
    constructor(broker, vhost) {
        this.broker = broker;
        this.vhost = vhost;
    }
    get registry() {
        return this.broker.vhost(this.vhost) ? this.broker.streams(this.vhost) : undefined;
    }
    list() {
        return (this.registry?.list() ?? []).map((s) => ({ name: s.name, partitions: s.partitions.length }));
    }
    get(name) {
        const s = this.stream(name);
        return s ? { name: s.name, partitions: s.partitions.length } : undefined;
    }
    stream(name) {
        return this.registry?.get(name);
    }
    /** Kafka's name rules (Topic.validate), as INVALID_TOPIC_EXCEPTION. */
    static validateName(name) {
        if (name === '' || name === '.' || name === '..')
            throw new TopicError(17, `Topic name is illegal, it can't be empty, '.' or '..'`);
        if (name.length > 249)
            throw new TopicError(17, `Topic name is illegal, it can't be longer than 249 characters`);
        if (!LEGAL.test(name))
            throw new TopicError(17, `Topic name '${name}' is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`);
    }
    /** Creates a topic of `partitions` streams; validateOnly checks and creates nothing. */
    create(name, partitions, spec = {}, access, validateOnly = false) {
        Topics.validateName(name);
        if (!Number.isInteger(partitions) || partitions < 1)
            throw new TopicError(37, `Number of partitions must be larger than 0.`);
        const registry = this.registry;
        if (!registry)
            throw new TopicError(-1, `vhost '${this.vhost}' does not exist`);
        if (registry.get(name))
            throw new TopicError(36, `Topic '${name}' already exists.`);
        access?.check('configure', partitions > 1 ? 'exchange' : 'queue', name);
        if (validateOnly)
            return;
        registry.create(name, { partitions, ...spec }, access);
    }
    /** CreatePartitions: grows a topic to `total` partitions (a one-partition topic's stream becomes partition 0). */
    addPartitions(name, total, access, validateOnly = false) {
        const t = this.get(name);
        if (!t)
            throw new TopicError(3, `Topic '${name}' does not exist.`);
        if (total <= t.partitions)
            throw new TopicError(37, `Topic currently has ${t.partitions} partitions, which is higher than the requested ${total}.`);
        if (validateOnly)
            return;
        this.registry.addPartitions(name, total, access);
    }
    /** AlterConfigs: changes the topic's configs on every partition (recorded durably by the engine). */
    configure(name, change, access) {
        const registry = this.registry;
        if (!registry?.get(name))
            throw new TopicError(3, `Topic '${name}' does not exist.`);
        registry.configure(name, change, access);
    }
    delete(name) {
        if (!this.registry?.delete(name))
            throw new TopicError(3, `Topic '${name}' does not exist.`);
    }
}
/** Maps an engine refusal to Kafka's code for topic operations. */
export function topicErrorCode(err) {
    if (err instanceof TopicError)
        return { code: err.code, message: err.message };
    if (err instanceof BrokerError) {
        // a precondition on a topic operation: the name is taken by a queue of another kind
        const e = kafkaErrorOf(err, { PRECONDITION_FAILED: KafkaError.TOPIC_ALREADY_EXISTS });
        return { code: e.code, message: err.message };
    }
    throw err;
}
//# sourceMappingURL=topics.js.map