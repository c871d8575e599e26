export const ALERT_METRICS = [
    'depth',
    'consumer_lag',
    'oldest_age_seconds',
    'dead_letter_ratio',
    'dlq_depth',
    'processing_rate_drop',
];
/**
 * The default rules: depth (ready messages) > 10 000 / > 100 000, consumer lag (ready
 * messages while consumers are attached, and a consumer group's committed offsets behind
 * a stream's end, summed over its partitions) > 1 000 / > 10 000, oldest ready message
 * older than 30 min, dead-lettered / published over the window > 1 % / > 5 %, any
 * message in a dead-letter queue, and a processing rate (messages delivered per second
 * over the last minute) that fell by more than half against the five minutes before,
 * while messages wait.
 */
export const DEFAULT_ALERT_RULES = Object.freeze([
    { name: 'QueueDepthHigh', severity: 'warning', metric: 'depth', threshold: 10_000 },
    { name: 'QueueDepthCritical', severity: 'critical', metric: 'depth', threshold: 100_000 },
    { name: 'ConsumerLagHigh', severity: 'warning', metric: 'consumer_lag', threshold: 1_000 },
    { name: 'ConsumerLagCritical', severity: 'critical', metric: 'consumer_lag', threshold: 10_000 },
    { name: 'MessageAgeOld', severity: 'warning', metric: 'oldest_age_seconds', threshold: 30 * 60 },
    { name: 'DeadLetterRateHigh', severity: 'warning', metric: 'dead_letter_ratio', threshold: 0.01 },
    { name: 'DeadLetterRateCritical', severity: 'critical', metric: 'dead_letter_ratio', threshold: 0.05 },
    { name: 'DeadLetterQueueNotEmpty', severity: 'warning', metric: 'dlq_depth', threshold: 0 },
    { name: 'ProcessingRateDrop', severity: 'warning', metric: 'processing_rate_drop', threshold: 0.5 },
].map((r) => Object.freeze({ pattern: '.*', ...r })));
function countersOf(q, now) {
    return {
        t: now,
        published: q.stats.publish,
        deadLettered: q.stats.deadLettered,
        processed: q.stats.deliver + q.stats.get,
    };
}
/** The newest sample taken at or before `t`, or undefined. */
function sampleAtOrBefore(list, t) {
    let found;
    for (const s of list) {
        if (s.t > t)
            break;
        found = s;
    }
    return found;
}
/** Anchored like a Prometheus regex matcher. Throws SyntaxError for a bad pattern. */
export function compilePattern(pattern) {
    return new RegExp(`^(?:${pattern ?? '.*'})$`);
}
/** Checks one rule's fields; returns a problem or undefined. */
export function ruleProblem(r) {
    if (typeof r.name !== 'string' || r.name === '')
        return "'name' must be a non-empty string";
    if (r.severity !== 'warning' && r.severity !== 'critical')
        return "'severity' must be warning or critical";
    if (!ALERT_METRICS.includes(r.metric))
        return `'metric' must be one of ${ALERT_METRICS.join(', ')}`;
    if (typeof r.threshold !== 'number' || !Number.isFinite(r.threshold))
        return "'threshold' must be a number";
    try {
        compilePattern(r.pattern);
    }
    catch (err) {
        return `bad pattern: ${err.message}`;
    }
    return undefined;
}
function isStream(q) {
    return q.options.arguments['x-queue-type'] === 'stream';
}
/**
 * Names of the queues that dead-lettered messages of some queue in `v` can reach: for
 * each queue with a dead-letter exchange (argument or policy), the queues bound to that
 * exchange (a direct exchange only through bindings whose key is the dead-letter routing
 * key when one is set; other types through any binding; exchange-to-exchange bindings
 * followed).
 */
export function deadLetterQueues(v) {
    const out = new Set();
    for (const q of v.queues.values()) {
        const dlx = q.deadLetterExchange;
        if (dlx === undefined)
            continue;
        const key = q.deadLetterRoutingKey;
        if (dlx === '') {
            // the default exchange routes by queue name: only a fixed routing key names one
            if (key !== undefined && v.queues.has(key))
                out.add(key);
            continue;
        }
        const ex = v.exchanges.get(dlx);
        if (ex)
            collectBound(ex, key, out, new Set());
    }
    return out;
}
function collectBound(ex, key, out, seen) {
    seen.add(ex);
    for (const b of ex.bindings) {
        if (ex.type === 'direct' && key !== undefined && b.routingKey !== key)
            continue;
        const d = b.destination;
        if (d.kind === 'queue')
            out.add(d.name);
        else if (!seen.has(d))
            collectBound(d, key, out, seen);
    }
}
/**
 * Evaluates alert rules over a broker's vhosts. Owned by the Broker (one per broker,
 * no shared state); start() runs it on an unref'd timer, evaluate() on demand.
 */
export class AlertEvaluator {
    vhosts;
    opts;
    compiled = [];
    firing = new Map();
    /** per queue ("vhost\0queue"): counter samples covering the dead-letter window */
    samples = new Map();
    timer;
    intervalMs;
    windowMs;
    recentMs;
    minBaselineRate;
    constructor(vhosts, rules = DEFAULT_ALERT_RULES, opts = {}) {
        this.vhosts = vhosts;
        this.opts = opts;
        this.intervalMs = opts.intervalMs ?? 5000;
        this.windowMs = opts.windowMs ?? 5 * 60_000;
        this.recentMs = opts.recentMs ?? 60_000;
        this.minBaselineRate = opts.minBaselineRate ?? 1;
        this.setRules(rules);
    }
    /** The dead-letter ratio's window in ms (also the processing rate's baseline). */
    get window() {
        return this.windowMs;
    }
    /** The processing rate's recent window in ms. */
    get recentWindow() {
        return this.recentMs;
    }
    /** The slowest baseline processing rate (messages/s) a drop is measured against. */
    get minimumBaselineRate() {
        return this.minBaselineRate;
    }
    get rules() {
        return this.compiled.map((c) => ({ ...c.rule }));
    }
    /** Replaces the rule set (throws on an invalid rule); firing alerts of dropped rules end. */
    setRules(rules) {
        const compiled = [];
        const names = new Set();
        for (const r of rules) {
            const problem = ruleProblem(r);
            if (problem)
                throw new Error(`alert rule '${String(r.name)}': ${problem}`);
            if (names.has(r.name))
                throw new Error(`alert rule '${r.name}' defined twice`);
            names.add(r.name);
            const rule = { ...r, pattern: r.pattern ?? '.*' };
            compiled.push({ rule, re: compilePattern(rule.pattern) });
        }
        this.compiled = compiled;
        for (const [k, a] of this.firing)
            if (!names.has(a.rule))
                this.firing.delete(k);
    }
    start() {
        if (this.timer)
            return;
        this.timer = setInterval(() => {
            try {
                this.evaluate(Date.now());
            }
            catch (err) {
                this.opts.onWarning?.(`alert evaluation failed: ${err.message}`);
            }
        }, this.intervalMs);
        this.timer.unref();
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
    /** The alerts firing as of the last evaluation. */
    get alerts() {
        return [...this.firing.values()].map((a) => ({ ...a }));
    }
    /** Evaluates every rule against every queue now; returns the firing alerts. */
    evaluate(now = Date.now()) {
        const still = new Set();
        const liveQueues = new Set();
        for (const v of this.vhosts.values()) {
            const dlqs = this.compiled.some((c) => c.rule.metric === 'dlq_depth') ? deadLetterQueues(v) : undefined;
            for (const q of v.queues.values()) {
                const qk = `${v.name}\u0000${q.name}`;
                liveQueues.add(qk);
                const cur = countersOf(q, now);
                const list = this.sample(qk, cur);
                const ratio = deadLetterRatio(list, cur, now - this.windowMs);
                for (const { rule, re } of this.compiled) {
                    if (!re.test(q.name))
                        continue;
                    const value = this.value(rule.metric, q, now, ratio, dlqs, list, cur);
                    if (value === undefined || !(value > rule.threshold))
                        continue;
                    const key = `${rule.name}\u0000${qk}`;
                    still.add(key);
                    const prev = this.firing.get(key);
                    this.firing.set(key, {
                        rule: rule.name,
                        severity: rule.severity,
                        vhost: v.name,
                        queue: q.name,
                        value,
                        threshold: rule.threshold,
                        since: prev?.since ?? now,
                    });
                }
            }
        }
        this.evaluateGroups(now, still);
        for (const k of this.firing.keys())
            if (!still.has(k))
                this.firing.delete(k);
        for (const k of this.samples.keys())
            if (!liveQueues.has(k))
                this.samples.delete(k);
        return this.alerts;
    }
    /** consumer_lag rules over consumer groups' committed offsets (opts.groupLags). */
    evaluateGroups(now, still) {
        const lagRules = this.compiled.filter((c) => c.rule.metric === 'consumer_lag');
        const source = this.opts.groupLags;
        if (lagRules.length === 0 || source === undefined)
            return;
        for (const v of this.vhosts.values()) {
            const totals = new Map();
            for (const e of source(v.name)) {
                if (e.lag === undefined)
                    continue;
                const k = `${e.group}\u0000${e.stream}`;
                const t = totals.get(k);
                if (t)
                    t.lag += e.lag;
                else
                    totals.set(k, { group: e.group, stream: e.stream, lag: e.lag });
            }
            for (const t of totals.values()) {
                for (const { rule, re } of lagRules) {
                    if (!re.test(t.stream) || !(t.lag > rule.threshold))
                        continue;
                    // four parts: never the key of a queue's alert
                    const key = `${rule.name}\u0000${v.name}\u0000${t.stream}\u0000${t.group}`;
                    still.add(key);
                    const prev = this.firing.get(key);
                    this.firing.set(key, {
                        rule: rule.name,
                        severity: rule.severity,
                        vhost: v.name,
                        queue: t.stream,
                        group: t.group,
                        value: t.lag,
                        threshold: rule.threshold,
                        since: prev?.since ?? now,
                    });
                }
            }
        }
    }
    value(metric, q, now, ratio, dlqs, samples, cur) {
        switch (metric) {
            case 'depth':
                return isStream(q) ? undefined : q.ready;
            case 'consumer_lag':
                return q.consumers.length === 0 ? undefined : q.consumerLag();
            case 'oldest_age_seconds': {
                if (isStream(q))
                    return undefined;
                const t = q.oldestReadyAt();
                return t === undefined ? 0 : Math.max(0, (now - t) / 1000);
            }
            case 'dead_letter_ratio':
                return ratio;
            case 'dlq_depth':
                return dlqs?.has(q.name) ? q.count : undefined;
            case 'processing_rate_drop':
                // less input is no problem: only a queue with messages waiting can be processed too slowly
                return !isStream(q) && q.ready > 0 ? this.processingRateDrop(samples, cur) : undefined;
        }
    }
    /**
     * 1 - (processing rate over the recent window) / (rate over the baseline window just
     * before it): 0 when it kept pace or rose, 1 when processing stopped. Undefined until
     * the samples span both windows, or when the baseline rate is under minBaselineRate.
     */
    processingRateDrop(list, cur) {
        const now = cur.t;
        const mid = sampleAtOrBefore(list, now - this.recentMs);
        const base = sampleAtOrBefore(list, now - this.recentMs - this.windowMs);
        if (!mid || !base || mid.t <= base.t || cur.t <= mid.t)
            return undefined;
        const baseline = ((mid.processed - base.processed) * 1000) / (mid.t - base.t);
        if (baseline < this.minBaselineRate)
            return undefined;
        const recent = ((cur.processed - mid.processed) * 1000) / (cur.t - mid.t);
        return Math.max(0, 1 - recent / baseline);
    }
    /**
     * Records the queue's counters (at most one sample per half interval) and returns its
     * samples, oldest first, trimmed to what the longest window needs.
     */
    sample(key, cur) {
        let list = this.samples.get(key);
        if (!list)
            this.samples.set(key, (list = []));
        const now = cur.t;
        const from = now - this.windowMs - this.recentMs;
        // keep the newest sample at or before the oldest window start as the baseline
        while (list.length > 1 && list[1].t <= from)
            list.shift();
        const last = list[list.length - 1];
        if (!last || now - last.t >= this.intervalMs / 2)
            list.push(cur);
        return list;
    }
}
/**
 * dead_lettered / published over the window starting at `from`, from the counter samples
 * taken at each evaluation; before a sample older than the window exists, counted since
 * the queue was created (its counters start at 0). Capped at 1 (messages published
 * before the window can die inside it).
 */
function deadLetterRatio(list, cur, from) {
    const base = sampleAtOrBefore(list, from);
    const published = cur.published - (base?.published ?? 0);
    const dead = cur.deadLettered - (base?.deadLettered ?? 0);
    if (dead <= 0)
        return 0;
    return dead / Math.max(published, dead);
}
//# sourceMappingURL=alerts.js.map