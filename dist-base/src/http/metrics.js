// Prometheus metrics for GET /metrics, named after RabbitMQ's Prometheus plugin where
// it has an equivalent (prefix wharf_ instead of rabbitmq_). Every value is read at
// scrape time from the engine's own state in collect() callbacks: nothing here runs
// on the message path. Each Metrics owns its Registry (never prom-client's global
// one), so several brokers can run in one process and each be scraped separately.
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { LatencyMetric } from './latency-metric.js';
import { groupLags, pendingGroupLags } from '../broker/streams/group-lag.js';
const PREFIX = 'wharf_';
const QUEUE_LABELS = ['vhost', 'queue'];
export class Metrics {
    registry = new Registry();
    constructor(broker) {
        const registers = [this.registry];
        const queues = () => {
            const out = [];
            for (const v of broker.vhosts.values())
                for (const q of v.queues.values())
                    out.push(q);
            return out;
        };
        const labels = (q) => ({ vhost: q.vhost, queue: q.name });
        // Per-queue gauges: the label sets are rebuilt at every scrape, so a deleted
        // queue's series disappear with it.
        const queueGauge = (name, help, read) => {
            new Gauge({
                name: PREFIX + name,
                help,
                labelNames: QUEUE_LABELS,
                registers,
                collect() {
                    this.reset();
                    for (const q of queues())
                        this.set(labels(q), read(q));
                },
            });
        };
        // Per-queue counters over QueueStats' cumulative counts: the collect sets the
        // current total (reset, then inc by it) so the TYPE stays counter.
        const queueCounter = (name, help, read) => {
            new Counter({
                name: PREFIX + name,
                help,
                labelNames: QUEUE_LABELS,
                registers,
                collect() {
                    this.reset();
                    for (const q of queues())
                        this.inc(labels(q), read(q.stats));
                },
            });
        };
        const gauge = (name, help, read) => {
            new Gauge({
                name: PREFIX + name,
                help,
                registers,
                collect() {
                    this.set(read());
                },
            });
        };
        queueGauge('queue_messages_ready', 'Messages ready to be delivered to consumers', (q) => q.ready);
        queueGauge('queue_messages_unacked', 'Messages delivered to consumers but not yet acknowledged', (q) => q.unacked);
        queueGauge('queue_messages', 'Sum of ready and unacknowledged messages', (q) => q.count);
        queueGauge('queue_messages_bytes', 'Size in bytes of ready and unacknowledged messages', (q) => q.bytes);
        queueGauge('queue_consumers', 'Consumers on a queue', (q) => q.consumers.length);
        queueGauge('queue_consumer_lag', 'Ready messages while consumers are attached (0 without); for a stream, offsets between its end and the consumer farthest behind', (q) => q.consumerLag());
        queueGauge('queue_oldest_message_age_seconds', 'Age of the oldest ready message (0 when none)', (q) => {
            const t = q.oldestReadyAt();
            return t === undefined ? 0 : Math.max(0, (Date.now() - t) / 1000);
        });
        queueCounter('queue_messages_published_total', 'Messages published into a queue', (s) => s.publish);
        queueCounter('queue_messages_delivered_total', 'Messages delivered to consumers or fetched with basic.get', (s) => s.deliver + s.get);
        queueCounter('queue_messages_acked_total', 'Messages acknowledged by consumers', (s) => s.ack);
        queueCounter('queue_messages_redelivered_total', 'Messages redelivered to consumers', (s) => s.redeliver);
        queueCounter('queue_messages_dead_lettered_total', 'Messages dead-lettered out of a queue', (s) => s.deadLettered);
        // Streams as every front sees them (one series per partition) and consumer-group offsets.
        const partitions = () => [...broker.vhosts.keys()].flatMap((v) => broker
            .streams(v)
            .list()
            .flatMap((st) => st.partitions));
        const streamGauge = (name, help, read) => {
            new Gauge({
                name: PREFIX + name,
                help,
                labelNames: ['vhost', 'stream', 'partition'],
                registers,
                collect() {
                    this.reset();
                    for (const p of partitions())
                        this.set({ vhost: p.vhost, stream: p.stream, partition: String(p.index) }, read(p));
                },
            });
        };
        streamGauge('stream_messages', 'Offsets retained in a stream partition', (p) => p.count);
        streamGauge('stream_bytes', 'Bytes retained in a stream partition', (p) => p.bytes);
        streamGauge('stream_first_offset', 'First retained offset of a stream partition', (p) => p.firstOffset);
        streamGauge('stream_next_offset', 'The offset the next append to a stream partition gets', (p) => p.nextOffset);
        streamGauge('stream_high_watermark', 'Offsets below this are synced and visible to committed readers', (p) => p.highWatermark);
        new Gauge({
            name: PREFIX + 'stream_group_lag',
            help: "Offsets between a stream partition's high watermark and a consumer group's position: its committed " +
                'offset (Kafka groups) or its last delivered offset (Redis consumer groups)',
            labelNames: ['vhost', 'group', 'stream', 'partition'],
            registers,
            collect() {
                this.reset();
                for (const v of broker.vhosts.keys()) {
                    // a Kafka group and a Redis group of the same name on the same partition share a series: the larger lag
                    const lags = new Map();
                    const add = (group, stream, partition, lag) => {
                        if (lag === undefined)
                            return;
                        const labels = { vhost: v, group, stream, partition: String(partition) };
                        const k = `${group}\u0000${stream}\u0000${partition}`;
                        const had = lags.get(k);
                        if (had === undefined || had[1] < lag)
                            lags.set(k, [labels, lag]);
                    };
                    for (const e of groupLags(broker.groupOffsets, broker.streams(v), v))
                        add(e.group, e.stream, e.partition, e.lag);
                    for (const e of pendingGroupLags(broker.streamGroups, broker.streams(v), v))
                        add(e.group, e.stream, e.partition, e.lag);
                    for (const [labels, lag] of lags.values())
                        this.set(labels, lag);
                }
            },
        });
        new Gauge({
            name: PREFIX + 'stream_group_pending',
            help: 'Entries delivered to a Redis consumer group and not yet acknowledged (its pending-entry list)',
            labelNames: ['vhost', 'group', 'stream', 'partition'],
            registers,
            collect() {
                this.reset();
                for (const v of broker.vhosts.keys()) {
                    for (const e of pendingGroupLags(broker.streamGroups, broker.streams(v), v))
                        this.set({ vhost: v, group: e.group, stream: e.stream, partition: String(e.partition) }, e.pending);
                }
            },
        });
        gauge('connections', 'Open client connections', () => broker.sessions.size);
        gauge('channels', 'Open channels', () => {
            let n = 0;
            for (const s of broker.sessions)
                n += s.channels().length;
            return n;
        });
        gauge('queues', 'Queues in all vhosts', () => {
            let n = 0;
            for (const v of broker.vhosts.values())
                n += v.queues.size;
            return n;
        });
        gauge('disk_free_bytes', 'Free disk space on the data directory file system', () => broker.resources.diskFree);
        new Gauge({
            name: PREFIX + 'alarm',
            help: 'Resource alarm in effect (1) or not (0); publishers are blocked while any is on',
            labelNames: ['resource'],
            registers,
            collect() {
                for (const r of ['memory', 'disk'])
                    this.set({ resource: r }, broker.resources.alarms.has(r) ? 1 : 0);
            },
        });
        new Counter({
            name: PREFIX + 'store_corrupt_records_total',
            help: 'Corrupt records skipped in queue and stream segment files (file="segment", each costs that record), and damaged ack entries ignored (file="ack", each brings a message back), since start; the log names each',
            labelNames: ['file'],
            registers,
            collect() {
                this.reset();
                this.inc({ file: 'segment' }, broker.storeCorruption.record);
                this.inc({ file: 'ack' }, broker.storeCorruption.ack);
            },
        });
        new Counter({
            name: PREFIX + 'store_write_failures_total',
            help: 'Failed writes of queue and stream files by errno code (ENOSPC, EDQUOT, EMFILE...), one per episode and file, since start; the log names each file',
            labelNames: ['code'],
            registers,
            collect() {
                this.reset();
                for (const [code, n] of broker.storeWriteFailures)
                    this.inc({ code }, n);
            },
        });
        const files = broker.files;
        gauge('store_open_files', 'File descriptors open on queue and stream files', () => files.open);
        gauge('store_open_files_limit', 'Descriptors queue and stream files keep open at most (fileHandleLimit); idle ones are closed past it', () => files.limit);
        gauge('store_open_files_waiting', 'Queues whose writes wait for a file descriptor because every one under the limit is busy', () => files.waiting);
        new Counter({
            name: PREFIX + 'store_open_files_refused_total',
            help: 'Opens of queue files that found no descriptor (a write that then waited, a queue declaration refused, or the process out of descriptors), since start',
            registers,
            collect() {
                this.reset();
                this.inc(files.refused);
            },
        });
        const histogram = (name, help, source) => {
            // LatencyMetric has the get()/reset() shape the registry calls; prom-client's types name only its own classes.
            this.registry.registerMetric(new LatencyMetric(PREFIX + name, help, source));
        };
        histogram('fsync_duration_seconds', 'Duration of each group-commit round of fdatasync calls (one round covers every queue file written since the last)', broker.latency.fsync);
        histogram('confirm_latency_seconds', 'Time from a publish batch being read to its publisher confirm being sent, counted once per message', broker.latency.confirm);
        // Node's process metrics (CPU, memory, heap, event loop lag, GC, handles, fds),
        // on this instance's registry only. Among them is wharf_process_resident_memory_bytes
        // (VmRSS on Linux, process.memoryUsage().rss elsewhere): the figure the memory
        // alarm compares against, so it is not registered a second time here.
        collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    }
    get contentType() {
        return this.registry.contentType;
    }
    /** The exposition text for one scrape. */
    render() {
        return this.registry.metrics();
    }
}
//# sourceMappingURL=metrics.js.map