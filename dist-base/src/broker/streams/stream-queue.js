import { LogRefusedError, MemoryLog } from '../../store/index.js';
import { BrokerError } from '../errors.js';
import { FLAG_PERSISTENT } from '../messages/message.js';
import { parseInterval } from '../topology/intervals.js';
import { streamRetention } from '../topology/policies.js';
import { Queue } from '../queues/queue.js';
import { encodeHead, headFlags } from '../messages/record.js';
import { STREAM_FORMAT_MASK } from './stream-format.js';
// Deliveries per dispatch run before yielding to I/O.
const DISPATCH_BUDGET = 4096;
export class StreamQueue extends Queue {
    stream;
    streamHooks;
    readers = new Map();
    streamScheduled = false;
    runStreamDispatch = () => {
        try {
            this.dispatchStream();
        }
        catch (err) {
            this.retryLater('delivery', err, () => this.schedule());
        }
    };
    constructor(vhost, name, options, stream, streamHooks, policy) {
        // the classic machinery underneath stays empty: a stream keeps its messages in `stream`
        super(vhost, name, options, [new MemoryLog()], streamHooks, policy);
        this.stream = stream;
        this.streamHooks = streamHooks;
        // consumers read committed records only (below the synced high watermark, as Kafka's and
        // RabbitMQ's stream consumers do): an offset a consumer saw is never reused after a crash
        stream.committedListener = () => this.schedule();
    }
    /** A policy's max-age and max-length-bytes win over the arguments (rabbit_stream_queue). */
    applyPolicy(policy) {
        super.applyPolicy(policy);
        if (!this.deleted)
            this.stream.setRetention(streamRetention(this.options.arguments, policy?.definition));
    }
    describe() {
        return `queue '${this.name}' in vhost '${this.vhost}'`;
    }
    // the base constructor reads these before `stream` is assigned, hence the `?.`
    get count() {
        return this.stream?.count ?? 0;
    }
    get bytes() {
        return this.stream?.bytes ?? 0;
    }
    /** Offsets between the end of the stream and the consumer farthest behind. */
    consumerLag() {
        const end = this.stream.nextOffset;
        let lag = 0;
        for (const { reader } of this.readers.values())
            lag = Math.max(lag, end - reader.offset);
        return lag;
    }
    /** RabbitMQ's declare-ok reports 0 messages for a stream; so does Wharf. */
    get ready() {
        return 0;
    }
    /** a stream keeps every message, whatever its delivery mode */
    persistsAll = true;
    get durable() {
        return this.stream?.durable ?? true;
    }
    sync(cb) {
        this.stream.sync(cb);
    }
    close() {
        for (const sc of this.readers.values())
            sc.reader.close();
        return this.stream.close();
    }
    publish(msg, head = encodeHead(msg)) {
        // everything in a stream is kept, whatever its delivery mode
        const flags = FLAG_PERSISTENT | headFlags(msg);
        try {
            this.stream.append(flags, msg.timestamp, head, msg.body);
        }
        catch (err) {
            // no space or no file descriptor for the stream's files: refused, the publisher gets a nack
            if (!(err instanceof LogRefusedError))
                throw err;
            this.refusedByStore = true;
            return false;
        }
        this.stats.publish++;
        if (this.readers.size > 0)
            this.schedule();
        return true;
    }
    /**
     * Appends a record of any front's format covering `count` offsets (streams/partition.ts); returns its first
     * offset. Throws LogRefusedError when the store refuses it (no space, no descriptor).
     */
    appendRecord(flags, timestamp, count, head, body, offsetField, bodyCrc) {
        const offset = count === 1 && offsetField < 0 && bodyCrc === undefined
            ? this.stream.append(flags, timestamp, head, body)
            : this.stream.appendBatch(flags, timestamp, count, head, body, { offsetField, bodyCrc });
        this.stats.publish += count;
        if (this.readers.size > 0)
            this.schedule();
        return offset;
    }
    get(_noAck) {
        throw new BrokerError('NOT_IMPLEMENTED', `basic.get not supported by stream queues ${this.describe()}`, true);
    }
    purge() {
        throw new BrokerError('NOT_IMPLEMENTED', `queue.purge not supported by stream queues ${this.describe()}`, true);
    }
    addConsumer(c) {
        if (c.noAck) {
            throw new BrokerError('NOT_IMPLEMENTED', `automatic acknowledgement not supported by stream queues ${this.describe()}`, true);
        }
        if (!c.prefetch) {
            throw new BrokerError('PRECONDITION_FAILED', `consumer prefetch count is not set for '${this.describe()}'`);
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
    removeConsumer(c) {
        const sc = this.readers.get(c);
        if (!sc)
            return;
        sc.reader.close();
        this.readers.delete(c);
        const i = this.consumers.indexOf(c);
        if (i >= 0)
            this.consumers.splice(i, 1);
    }
    /** Acks and rejects only give credit back: a stream never redelivers. */
    ack(_position, _level) { }
    reject(_position, _level, _requeue) { }
    schedule() {
        if (this.streamScheduled || this.deleted || this.readers.size === 0)
            return;
        this.streamScheduled = true;
        queueMicrotask(this.runStreamDispatch);
    }
    dispatchStream() {
        this.streamScheduled = false;
        if (this.deleted)
            return;
        let budget = DISPATCH_BUDGET;
        for (const sc of this.readers.values()) {
            const { consumer, reader } = sc;
            while (budget > 0 && consumer.canAccept()) {
                if (sc.pending !== undefined) {
                    const m = sc.pending[sc.pendingAt++];
                    if (sc.pendingAt >= sc.pending.length)
                        sc.pending = undefined;
                    if (m.offset < sc.from)
                        continue;
                    budget--;
                    this.deliverConverted(consumer, m);
                    continue;
                }
                const rec = reader.next();
                if (!rec)
                    break;
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
    deliverConverted(consumer, m) {
        const msg = {
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
    startOffset(spec) {
        const s = this.stream;
        if (spec === undefined || spec === 'next')
            return s.nextOffset;
        if (spec === 'first')
            return s.firstOffset;
        if (spec === 'last')
            return s.lastChunkOffset();
        if (spec instanceof Date)
            return s.offsetForTimestamp(spec.getTime());
        if (typeof spec === 'number' || typeof spec === 'bigint') {
            const n = Number(spec);
            return Math.min(Math.max(n, s.firstOffset), s.nextOffset);
        }
        if (typeof spec === 'string') {
            const ms = parseInterval(spec);
            if (ms !== undefined)
                return s.offsetForTimestamp(Date.now() - ms);
        }
        throw new BrokerError('PRECONDITION_FAILED', `invalid arg 'x-stream-offset' for ${this.describe()}: ${String(spec)}`);
    }
}
//# sourceMappingURL=stream-queue.js.map