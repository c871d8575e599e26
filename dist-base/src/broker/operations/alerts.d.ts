import type { VHost } from '../topology/vhost.js';
export type AlertMetric = 'depth' | 'consumer_lag' | 'oldest_age_seconds' | 'dead_letter_ratio' | 'dlq_depth' | 'processing_rate_drop';
export type AlertSeverity = 'warning' | 'critical';
export interface AlertRule {
    name: string;
    severity: AlertSeverity;
    /** RegExp source matched against the whole queue name (as Prometheus' =~ does); default '.*' */
    pattern?: string;
    metric: AlertMetric;
    /** the alert fires while the metric's value is above this */
    threshold: number;
}
export interface Alert {
    rule: string;
    severity: AlertSeverity;
    vhost: string;
    /** the queue, or for a consumer group's lag the stream (Kafka topic) */
    queue: string;
    /** a consumer_lag alert on a consumer group's committed offsets (Kafka groups): the group */
    group?: string;
    value: number;
    threshold: number;
    /** ms since epoch: when the alert started firing */
    since: number;
}
export declare const ALERT_METRICS: readonly AlertMetric[];
/**
 * The default rules: depth (ready messages) > 10 000 / > 100 000, consumer lag (ready
 * messages while consumers are attached, and a consumer group's committed offsets behind
 * a stream's end, summed over its partitions) > 1 000 / > 10 000, oldest ready message
 * older than 30 min, dead-lettered / published over the window > 1 % / > 5 %, any
 * message in a dead-letter queue, and a processing rate (messages delivered per second
 * over the last minute) that fell by more than half against the five minutes before,
 * while messages wait.
 */
export declare const DEFAULT_ALERT_RULES: readonly AlertRule[];
export interface AlertEvaluatorOptions {
    /** evaluation period of the background timer (default 5 s) */
    intervalMs?: number;
    /** window of the dead-letter ratio, and the baseline of the processing rate (default 5 min) */
    windowMs?: number;
    /** the recent window whose processing rate is compared with the baseline before it (default 1 min) */
    recentMs?: number;
    /** baseline processing rates below this many messages/s are too slow to call a drop (default 1) */
    minBaselineRate?: number;
    onWarning?: (msg: string) => void;
    /**
     * The committed offsets of consumer groups in a vhost with their lag (streams/group-lag.ts), so that
     * consumer_lag rules cover Kafka groups too: per group and stream, the lag summed over its partitions
     * (what kafka-consumer-groups.sh reports), matched against the stream's name.
     */
    groupLags?: (vhost: string) => readonly {
        group: string;
        stream: string;
        lag: number | undefined;
    }[];
}
/** Anchored like a Prometheus regex matcher. Throws SyntaxError for a bad pattern. */
export declare function compilePattern(pattern: string | undefined): RegExp;
/** Checks one rule's fields; returns a problem or undefined. */
export declare function ruleProblem(r: AlertRule): string | undefined;
/**
 * Names of the queues that dead-lettered messages of some queue in `v` can reach: for
 * each queue with a dead-letter exchange (argument or policy), the queues bound to that
 * exchange (a direct exchange only through bindings whose key is the dead-letter routing
 * key when one is set; other types through any binding; exchange-to-exchange bindings
 * followed).
 */
export declare function deadLetterQueues(v: VHost): Set<string>;
/**
 * Evaluates alert rules over a broker's vhosts. Owned by the Broker (one per broker,
 * no shared state); start() runs it on an unref'd timer, evaluate() on demand.
 */
export declare class AlertEvaluator {
    private readonly vhosts;
    private readonly opts;
    private compiled;
    private readonly firing;
    /** per queue ("vhost\0queue"): counter samples covering the dead-letter window */
    private readonly samples;
    private timer;
    private readonly intervalMs;
    private readonly windowMs;
    private readonly recentMs;
    private readonly minBaselineRate;
    constructor(vhosts: ReadonlyMap<string, VHost>, rules?: readonly AlertRule[], opts?: AlertEvaluatorOptions);
    /** The dead-letter ratio's window in ms (also the processing rate's baseline). */
    get window(): number;
    /** The processing rate's recent window in ms. */
    get recentWindow(): number;
    /** The slowest baseline processing rate (messages/s) a drop is measured against. */
    get minimumBaselineRate(): number;
    get rules(): AlertRule[];
    /** Replaces the rule set (throws on an invalid rule); firing alerts of dropped rules end. */
    setRules(rules: readonly AlertRule[]): void;
    start(): void;
    stop(): void;
    /** The alerts firing as of the last evaluation. */
    get alerts(): Alert[];
    /** Evaluates every rule against every queue now; returns the firing alerts. */
    evaluate(now?: number): Alert[];
    /** consumer_lag rules over consumer groups' committed offsets (opts.groupLags). */
    private evaluateGroups;
    private value;
    /**
     * 1 - (processing rate over the recent window) / (rate over the baseline window just
     * before it): 0 when it kept pace or rose, 1 when processing stopped. Undefined until
     * the samples span both windows, or when the baseline rate is under minBaselineRate.
     */
    private processingRateDrop;
    /**
     * Records the queue's counters (at most one sample per half interval) and returns its
     * samples, oldest first, trimmed to what the longest window needs.
     */
    private sample;
}
