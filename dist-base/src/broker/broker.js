// The engine's root object. A Broker owns everything it uses (vhosts, logs, the
// definitions log, its Storage), so several can run in one process with their own data
// dirs, or with none (storage 'memory').
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { AlertEvaluator, DEFAULT_ALERT_RULES } from './operations/alerts.js';
import { defaultFileHandleLimit, FileHandles, GroupOffsets, StreamGroups, MemoryLog, processFileLimit, } from '../store/index.js';
import { applyConfigUsers, seedDefaults } from './identity/config-users.js';
import { DefinitionsWriteError, } from './definitions/definitions.js';
import { checkReadable, describeRecord, reportDamage, reportFailure, } from './definitions/definitions-recovery.js';
import { DelayedExchange } from './topology/delayed-exchange.js';
import { setAsideStamp } from './storage/queue-dirs.js';
import { BrokerError } from './errors.js';
import { Identity } from './identity/identity.js';
import { effectiveLimit, parseVhostLimits } from './topology/limits.js';
import { Parameters } from './topology/parameters.js';
import { PullStates } from './leases/pull-states.js';
import { SendLedgers } from './queues/send-ledger.js';
import { isLoopback } from './identity/users.js';
import { ResourceMonitor } from './operations/resource-monitor.js';
import { VHost } from './topology/vhost.js';
import { PublishReceipts } from './publishing/receipts.js';
import { StreamQueue } from './streams/stream-queue.js';
import { CONFIRM_BUCKETS, FSYNC_BUCKETS, LatencyHistogram } from './operations/latency-histogram.js';
import { DiskStorage } from './storage/disk-storage.js';
import { StreamRegistry } from './streams/stream-registry.js';
import { groupLags, pendingGroupLags } from './streams/group-lag.js';
import { formatOf } from './streams/stream-format.js';
import { MemoryStorage } from './storage/memory-storage.js';
export class Broker {
    config;
    vhosts = new Map();
    /** users, permissions, topic permissions, user limits */
    identity;
    resources;
    /** the budget of open descriptors every queue's files borrow from */
    files;
    /** client sessions of every front, for management and metrics */
    sessions = new Set();
    /** alert rules over the queues, evaluated every 5 s (started by open) and on demand */
    alerts;
    /** fdatasync round durations and publish-to-confirm latency, in seconds, for /metrics */
    latency = {
        fsync: new LatencyHistogram(FSYNC_BUCKETS),
        confirm: new LatencyHistogram(CONFIRM_BUCKETS),
    };
    /**
     * Receipts of the publishes fronts answer per request (SQS SendMessage, SNS Publish, Kafka acks=all,
     * RESP XADD, the HTTP API): each waits with whenSynced()/synced() for its batch's syncs. AMQP channels
     * keep receipts of their own, settled in order as publisher confirms.
     */
    receipts = new PublishReceipts();
    observeSync = (seconds) => this.latency.fsync.observe(seconds);
    // A queue file that hit ENOSPC (or a quota): the disk alarm is checked now rather than at the next tick of
    // the monitor, so publishers are blocked at once while the queue nacks.
    onWriteFailure = (_path, err) => {
        const code = err.code ?? 'other';
        this.storeWriteFailures.set(code, (this.storeWriteFailures.get(code) ?? 0) + 1);
        if (code === 'ENOSPC' || code === 'EDQUOT')
            this.resources.check();
    };
    /** failed writes of queue files by errno code, one per episode and file (logged each), for /metrics */
    storeWriteFailures = new Map();
    /** corrupt records and damaged ack entries the store found and skipped since start (logged each), for /metrics */
    storeCorruption = { record: 0, ack: 0 };
    countCorruption = (what, count) => {
        this.storeCorruption[what] += count;
    };
    /** where logs, streams, journals and the definitions log live */
    storage;
    /** runtime parameters (shovels), recorded in the definitions log */
    parameters;
    /**
     * A password valid for any existing user on a loopback connection, for the broker's
     * in-process clients (a shovel's local connection acts as the user who made it, as
     * RabbitMQ's direct connections skip authentication). Random per start, never stored,
     * logged or shown by any API.
     */
    internalCredential = randomBytes(32).toString('base64url');
    replaying = false;
    closed = false;
    registries = new WeakMap();
    /**
     * How AMQP stream consumers read records other fronts stored, by stream format (stream-format.ts):
     * the front owning a format registers its converter when it starts.
     */
    streamConverters = new Map();
    /** Fronts that coordinate consumer groups (Kafka's) register their live membership here (group-directory.ts). */
    groupDirectories = new Set();
    offsets;
    groups;
    pulls;
    sends;
    constructor(config) {
        this.config = config;
        this.identity = new Identity({
            record: (r) => this.record(r),
            audit: (e) => this.audit(e),
            vhostExists: (name) => this.vhosts.has(name),
            sessions: () => this.sessions,
        });
        this.storage = openStorage(config, (msg) => config.onWarning?.(msg));
        this.resources = new ResourceMonitor(this.storage.dataDir, config.limits);
        this.parameters = new Parameters({
            record: (r) => this.record(r),
            audit: (e) => this.audit(e),
            vhostExists: (name) => this.vhosts.has(name),
        });
        this.files = new FileHandles(config.fileHandleLimit ?? defaultFileHandleLimit(processFileLimit()), config.onWarning);
        this.alerts = new AlertEvaluator(this.vhosts, DEFAULT_ALERT_RULES, {
            onWarning: config.onWarning,
            // consumer_lag rules cover consumer groups: Kafka's through their committed offsets, Redis's through
            // their last delivered offsets
            groupLags: (vhost) => this.closed
                ? []
                : [
                    ...groupLags(this.groupOffsets, this.streams(vhost), vhost),
                    ...pendingGroupLags(this.streamGroups, this.streams(vhost), vhost),
                ],
        });
    }
    /**
     * Loads vhosts, users, permissions and durable topology, recovers durable queues' logs,
     * creates the defaults on a fresh data dir and applies the configured users. What the
     * definitions log cannot account for is reported and kept (definitions-recovery.ts);
     * throws DefinitionsUnreadableError when the log is unreadable and the start must stop.
     */
    open() {
        const warn = (msg) => this.config.onWarning?.(msg);
        const storage = this.storage;
        const path = storage.definitions.path;
        const loaded = storage.definitions.load();
        const overridden = checkReadable(loaded, path, storage.queueDirCount(), this.config.recoverDefinitions === true, storage.dataDir ?? '');
        reportDamage(loaded, path, warn);
        let seeded = false;
        let failures = [];
        let failed = 0;
        this.replaying = true;
        try {
            for (const { record, line } of loaded.records) {
                if (record.op === 'seeded')
                    seeded = true;
                else
                    this.replayOrNote(record, line, failures);
            }
            failed = failures.length;
            // a queue that failed is named now, even if its meta file brings it back below
            for (const f of failures)
                if (f.record.op === 'queue')
                    reportFailure(f, path, warn);
            // records that named a queue restored from its meta file may replay now (bindings)
            if (this.adoptQueues() > 0) {
                const again = [];
                for (const f of failures)
                    this.replayOrNote(f.record, f.line, again);
                failures = again;
            }
        }
        finally {
            this.replaying = false;
        }
        for (const f of failures)
            if (f.record.op !== 'queue')
                reportFailure(f, path, warn);
        const clean = !overridden && loaded.damaged.length === 0 && !loaded.torn && failed === 0;
        const stamp = setAsideStamp();
        if (!clean && loaded.exists) {
            warn(`the definitions log as found is kept as ${storage.keepDefinitionsCopy(stamp)}`);
        }
        storage.sweep(clean, stamp);
        // pull states of queues that are gone (their removal was not synced before a crash)
        const exists = (vhost, queue) => this.vhosts.get(vhost)?.queues.has(queue) === true;
        this.pullStates.retain(exists);
        this.ledgers.retain(exists);
        // policies take effect once the whole topology is back (dead-letter targets included)
        for (const v of this.vhosts.values())
            v.applyPolicies();
        // first boot (or a data dir from before vhosts were recorded): RabbitMQ's defaults,
        // never on a damaged log: guest may have been deleted in a record that was lost
        if (!seeded && clean) {
            this.replaying = true; // recorded by the rewrite below, in one atomic step
            try {
                seedDefaults(this, this.config.users !== undefined);
            }
            finally {
                this.replaying = false;
            }
        }
        else if (!seeded) {
            warn(`the default vhost and user guest were not created: the definitions log ${path} was damaged`);
        }
        const live = [{ op: 'seeded' }];
        for (const v of this.vhosts.values()) {
            live.push({ op: 'vhost', vhost: v.name, ...vhostMeta(v) });
            if (Object.keys(v.limits).length > 0)
                live.push({ op: 'vhost.limits', vhost: v.name, limits: v.limits });
        }
        live.push(...this.identity.records());
        for (const v of this.vhosts.values())
            live.push(...v.definitions());
        live.push(...this.parameters.records());
        storage.definitions.rewrite(live);
        if (this.config.users)
            applyConfigUsers(this, this.config.users);
        // directories of queues made before meta files existed get theirs
        for (const r of live)
            if (r.op === 'queue')
                storage.queueRecorded(r, true);
        this.resources.start();
        this.alerts.start();
    }
    vhost(name) {
        return this.vhosts.get(name);
    }
    /**
     * The streams of a vhost as every front names them (streams/stream-registry.ts): an AMQP stream queue, a
     * Redis stream key and a Kafka topic of the same name are one object. NOT_FOUND when there is no such vhost.
     */
    streams(vhost) {
        const v = this.vhosts.get(vhost);
        if (v === undefined)
            throw new BrokerError('NOT_FOUND', `no vhost '${vhost}'`);
        let r = this.registries.get(v);
        if (r === undefined) {
            r = new StreamRegistry(v, (stream) => {
                this.offsets?.deleteStream(vhost, stream);
                this.groups?.deleteStream(vhost, stream);
            });
            this.registries.set(v, r);
        }
        return r;
    }
    /**
     * Committed offsets of consumer groups, durable (store/group-offsets.ts), namespaced by vhost: commit with
     * `groupOffsets.commit(vhost, group, stream, partition, offset, metadata)`, acknowledge after sync().
     * Available once open() ran.
     */
    get groupOffsets() {
        if (this.offsets === undefined) {
            this.assertOpen();
            this.offsets = new GroupOffsets(this.storage.openJournal('group-offsets', {
                onWarning: this.config.onWarning,
                onSyncRound: this.observeSync,
            }));
        }
        return this.offsets;
    }
    /**
     * Redis-style consumer groups with durable pending-entry lists (store/stream-groups.ts), namespaced by vhost:
     * `streamGroups.create(vhost, stream, partition, group, lastDelivered)`, then streams/group-reads.ts
     * (readNew, readPending, claim, autoClaim) and the group's own ack/summary/pendingRange. Changes are
     * durable once streamGroups.sync() calls back. Available once open() ran.
     */
    get streamGroups() {
        if (this.groups === undefined) {
            this.assertOpen();
            this.groups = new StreamGroups(this.storage.openJournal('stream-groups', {
                onWarning: this.config.onWarning,
                onSyncRound: this.observeSync,
            }));
        }
        return this.groups;
    }
    /**
     * Delivery counts and lease deadlines of pull reads (SQS receives) on durable queues, journaled
     * (pull-states.ts). Opened on first use: the definitions replay may already delete a queue.
     */
    get pullStates() {
        return (this.pulls ??= new PullStates(this.storage.openJournal('pull-states', {
            onWarning: this.config.onWarning,
            onSyncRound: this.observeSync,
        })));
    }
    get ledgers() {
        return (this.sends ??= new SendLedgers(this.storage.openJournal('send-ledgers', {
            onWarning: this.config.onWarning,
            onSyncRound: this.observeSync,
        })));
    }
    /**
     * A queue's send ledger (send-ledger.ts): a durable deduplication window and sequence counter, for fronts
     * whose sends promise them (SQS FIFO). Its changes are on disk once its sync() calls back.
     */
    sendLedger(vhost, queue) {
        return this.ledgers.forQueue(vhost, queue);
    }
    /**
     * Appends to the definitions log (nothing while replaying it). A failed append changes
     * nothing on disk and becomes a connection-level INTERNAL_ERROR, as RabbitMQ answers a
     * failed write: 541 on AMQP, 500 on the management API.
     */
    record(r) {
        if (this.replaying)
            return;
        // before the delete is recorded: a meta file must never bring a deleted queue back
        if (r.op === 'queue.delete')
            this.storage.queueDeleting(r.vhost, r.name);
        try {
            this.storage.definitions.append(r);
        }
        catch (err) {
            if (!(err instanceof DefinitionsWriteError))
                throw err;
            this.config.onWarning?.(`${describeRecord(r)} was not recorded: ${err.message}`);
            throw new BrokerError('INTERNAL_ERROR', `${describeRecord(r)} not recorded: ${err.message}`, true);
        }
        if (r.op === 'queue')
            this.storage.queueRecorded(r, false);
    }
    audit(e) {
        this.config.onAudit?.(e);
    }
    // ---- vhosts -------------------------------------------------------------------
    /**
     * RabbitMQ's put_vhost: creates the vhost, or updates the metadata of an existing one
     * (only the fields given). Returns whether it was created.
     */
    putVhost(name, meta, actor) {
        this.assertOpen();
        const existed = this.vhosts.has(name);
        const v = this.vhostOrCreate(name);
        if (meta.description !== undefined)
            v.description = meta.description;
        if (meta.tags !== undefined)
            v.tags = meta.tags;
        if (meta.defaultQueueType !== undefined)
            v.defaultQueueType = meta.defaultQueueType;
        this.record({ op: 'vhost', vhost: name, ...vhostMeta(v) });
        this.audit({ event: existed ? 'vhost.updated' : 'vhost.created', actor, vhost: name, ...vhostMeta(v) });
        return existed ? 'updated' : 'created';
    }
    /**
     * Deletes a vhost and everything in it, as RabbitMQ's rabbit_vhost:delete: its
     * connections are closed (320 "vhost 'x' is deleted"), its queues' data removed, its
     * permissions, policies and limits dropped. False when there was no such vhost.
     */
    deleteVhost(name, actor) {
        const v = this.vhosts.get(name);
        if (!v)
            return false;
        this.assertOpen();
        for (const s of [...this.sessions])
            if (s.vhost === name)
                s.close(`vhost '${name}' is deleted`);
        this.vhosts.delete(name);
        v.destroy();
        this.identity.permissions.dropVhost(name);
        this.record({ op: 'vhost.delete', vhost: name });
        this.offsets?.deleteNamespace(name);
        this.groups?.deleteNamespace(name);
        this.parameters.dropVhost(name);
        this.audit({ event: 'vhost.deleted', actor, vhost: name });
        return true;
    }
    /** PUT /api/vhost-limits/{vhost}/{name}: validated as RabbitMQ's update_limit (LimitError). */
    setVhostLimit(vhost, limit, value, actor) {
        this.setVhostLimits(vhost, parseVhostLimits({ ...vhost.limits, [limit]: value }), actor);
    }
    /** Replaces every limit of the vhost (definitions import, as RabbitMQ's vhost-limits parameter). */
    setVhostLimits(vhost, limits, actor) {
        vhost.limits = { ...limits };
        this.record({ op: 'vhost.limits', vhost: vhost.name, limits: vhost.limits });
        this.audit({ event: 'vhost_limits.set', actor, vhost: vhost.name, limits: vhost.limits });
    }
    /** `limit` 'all' clears every limit. */
    clearVhostLimit(vhost, limit, actor) {
        const limits = { ...vhost.limits };
        if (limit === 'all')
            for (const k of Object.keys(limits))
                delete limits[k];
        else
            delete limits[limit];
        vhost.limits = limits;
        this.record({ op: 'vhost.limits', vhost: vhost.name, limits });
        this.audit({ event: 'vhost_limits.cleared', actor, vhost: vhost.name, limit });
    }
    // ---- policies (audited; VHost validates, records and applies) -------------------
    /** Creates or replaces a policy (PolicyError when invalid); true when it created it. */
    putPolicy(vhost, name, input, actor) {
        const before = vhost.policies.get(name);
        const created = vhost.putPolicy(name, input);
        const p = vhost.policies.get(name);
        if (p !== before) {
            const { pattern, applyTo, priority, definition } = p;
            this.audit({
                event: 'policy.set',
                actor,
                vhost: vhost.name,
                policy: name,
                pattern,
                'apply-to': applyTo,
                priority,
                definition,
            });
        }
        return created;
    }
    deletePolicy(vhost, name, actor) {
        if (!vhost.deletePolicy(name))
            return false;
        this.audit({ event: 'policy.cleared', actor, vhost: vhost.name, policy: name });
        return true;
    }
    /**
     * connection.open as RabbitMQ's rabbit_reader checks it, in its order: the vhost exists
     * and is under its connection limit, the user is under theirs, and the user has
     * permissions in the vhost. Refusals are 530 NOT_ALLOWED with RabbitMQ's texts.
     */
    openVhost(user, name) {
        const v = this.vhosts.get(name);
        const refuse = (text) => new BrokerError('NOT_ALLOWED', text, true);
        if (!v)
            throw refuse(`vhost ${name} not found`);
        const vhostMax = effectiveLimit(v.limits['max-connections']);
        if (vhostMax !== undefined && this.countSessions((s) => s.vhost === name) >= vhostMax) {
            throw refuse(`access to vhost '${name}' refused for user '${user}': connection limit (${vhostMax}) is reached`);
        }
        const userMax = effectiveLimit(this.identity.users.get(user)?.limits['max-connections']);
        if (userMax !== undefined && this.countSessions((s) => s.user === user) >= userMax) {
            throw refuse(`connection refused for user '${user}': user connection limit (${userMax}) is reached`);
        }
        if (!this.identity.permissions.hasVhostAccess(user, name)) {
            throw refuse(`access to vhost '${name}' refused for user '${user}'`);
        }
        return v;
    }
    /**
     * channel.open: the user's max-channels over all of their connections (RabbitMQ's
     * is_over_channel_limit); 530 with its text when reached.
     */
    checkChannelLimit(user) {
        const max = effectiveLimit(this.identity.users.get(user)?.limits['max-channels']);
        if (max === undefined)
            return;
        let open = 0;
        for (const s of this.sessions)
            if (s.user === user)
                open += s.channels().length;
        if (open >= max) {
            throw new BrokerError('NOT_ALLOWED', `number of channels opened for user '${user}' has reached the maximum allowed user limit of (${max})`, true);
        }
    }
    // scans only when a limit is set: connections open rarely, limits are rarer
    countSessions(match) {
        let n = 0;
        for (const s of this.sessions)
            if (match(s))
                n++;
        return n;
    }
    vhostOrCreate(name) {
        let v = this.vhosts.get(name);
        if (!v) {
            v = new VHost(name, {
                onWarning: this.config.onWarning,
                format: this.config.format,
                record: (r) => this.record(r),
                replaying: () => this.replaying,
                openLog: (vhost, queue, durable, level) => this.openLog(vhost, queue, durable, level),
                destroyLog: (log) => this.destroyLog(log),
                openStream: (vhost, queue, opts) => this.openStream(vhost, queue, opts),
                convertStreamRecord: (rec) => this.streamConverters.get(formatOf(rec.flags))?.(rec),
                pullStates: (vhost, queue, durable) => this.pullStates.forQueue(vhost, queue, durable),
                dropQueueState: (vhost, queue) => {
                    this.pullStates.dropQueue(vhost, queue);
                    this.ledgers.dropQueue(vhost, queue);
                },
                destroyStream: (stream) => {
                    this.storage.forget(stream);
                    stream
                        .destroy()
                        .catch((err) => this.config.onWarning?.(`stream data removal failed: ${err.message}`));
                },
            });
            this.vhosts.set(name, v);
        }
        return v;
    }
    replay(r) {
        if (r.op === 'parameter' || r.op === 'parameter.delete')
            return this.parameters.replay(r);
        if (!('vhost' in r) || r.op.startsWith('permission') || r.op.startsWith('topic-permission')) {
            this.identity.replay(r);
            return;
        }
        if (r.op === 'vhost.delete') {
            const gone = this.vhosts.get(r.vhost);
            this.vhosts.delete(r.vhost);
            gone?.destroy();
            this.identity.permissions.dropVhost(r.vhost);
            this.parameters.dropVhost(r.vhost);
            return;
        }
        // topology of a data dir written before vhosts were recorded names '/' only: created here
        const v = this.vhostOrCreate(r.vhost);
        switch (r.op) {
            case 'vhost':
                v.description = r.description;
                v.tags = r.tags;
                v.defaultQueueType = r.defaultQueueType;
                break;
            case 'vhost.limits':
                v.limits = r.limits;
                break;
            case 'exchange':
                v.declareExchange(r.name, r.type, r, false);
                break;
            case 'exchange.delete':
                v.deleteExchange(r.name, false);
                break;
            case 'queue':
                if (!v.queues.has(r.name)) {
                    v.createQueue(r.name, {
                        durable: true,
                        exclusive: false,
                        autoDelete: r.autoDelete,
                        arguments: r.arguments,
                    });
                }
                else if (v.queues.get(r.name) instanceof StreamQueue) {
                    // a later declaration of a stream queue: its arguments changed (setStreamArguments)
                    v.setStreamArguments(r.name, r.arguments);
                }
                break;
            case 'queue.delete':
                v.deleteQueue(r.name, false, false);
                break;
            case 'policy':
                v.putPolicy(r.name, r, false);
                break;
            case 'policy.delete':
                v.deletePolicy(r.name, false);
                break;
            case 'bind':
            case 'unbind': {
                const fn = r.destinationType === 'queue'
                    ? r.op === 'bind'
                        ? v.bindQueue
                        : v.unbindQueue
                    : r.op === 'bind'
                        ? v.bindExchange
                        : v.unbindExchange;
                fn.call(v, r.destination, r.source, r.routingKey, r.arguments);
                break;
            }
        }
    }
    /** Replays a record; a failure is noted (with the logs it opened closed), not thrown. */
    replayOrNote(r, line, failures) {
        if (r.op === 'seeded')
            return;
        const opened = this.storage.opened;
        try {
            this.replay(r);
        }
        catch (err) {
            if (r.op === 'queue' || r.op === 'exchange')
                this.storage.closeOpenedSince(opened);
            failures.push({ record: r, line, error: err });
        }
    }
    /**
     * Queues whose directories have a valid meta file but no record (lost with a damaged
     * line, or moved back by an operator) are created again from it, with their messages.
     * Returns how many came back.
     */
    adoptQueues() {
        const exists = (vhost, name) => this.vhosts.get(vhost)?.queues.has(name) === true;
        let adopted = 0;
        for (const { meta, dirs } of this.storage.adoptable(exists)) {
            const { vhost, name, autoDelete } = meta;
            const opened = this.storage.opened;
            try {
                const opts = { durable: true, exclusive: false, autoDelete, arguments: meta.arguments };
                this.vhostOrCreate(vhost).createQueue(name, opts);
                adopted++;
                this.config.onWarning?.(`queue '${name}' in vhost '${vhost}' had no usable record in the definitions log; ` +
                    `restored with its messages from ${dirs.join(', ')}`);
            }
            catch (err) {
                this.storage.closeOpenedSince(opened);
                this.config.onWarning?.(`queue '${name}' in vhost '${vhost}' could not be restored from ${dirs.join(', ')}: ${err.message}`);
            }
        }
        return adopted;
    }
    openLog(vhost, queue, durable, level) {
        if (!durable)
            return new MemoryLog();
        try {
            return this.storage.openQueueLog(vhost, queue, level, {
                segmentSize: this.config.segmentSize,
                onWarning: this.config.onWarning,
                onCorruption: this.countCorruption,
                onSyncRound: this.observeSync,
                files: this.files,
                onWriteFailure: this.onWriteFailure,
            });
        }
        catch (err) {
            throw openRefusal(err, vhost, queue);
        }
    }
    openStream(vhost, queue, opts) {
        try {
            return this.storage.openStream(vhost, queue, {
                ...opts,
                onWarning: this.config.onWarning,
                onCorruption: this.countCorruption,
                onSyncRound: this.observeSync,
                files: this.files,
                onWriteFailure: this.onWriteFailure,
            });
        }
        catch (err) {
            throw openRefusal(err, vhost, queue);
        }
    }
    destroyLog(log) {
        this.storage.forget(log);
        log.destroy().catch((err) => this.config.onWarning?.(`queue data removal failed: ${err.message}`));
    }
    /**
     * AMQP login: undefined when accepted, else why not, for the log ("user 'x' - invalid
     * credentials", "user 'x' can only connect via localhost"); clients are told less.
     */
    authenticate(user, password, remoteAddress) {
        if (this.isInternalLogin(password, remoteAddress)) {
            return this.identity.users.has(user) ? undefined : `user '${user}' - no such user (internal login)`;
        }
        const r = this.identity.login(user, password, remoteAddress);
        return r.ok ? undefined : r.detail;
    }
    isInternalLogin(password, remoteAddress) {
        const given = Buffer.from(password);
        const secret = Buffer.from(this.internalCredential);
        if (given.length !== secret.length || !timingSafeEqual(given, secret))
            return false;
        return isLoopback(remoteAddress);
    }
    /**
     * Flushes and closes every queue log, then the delayed exchanges' logs: releases stop
     * first (nothing goes into a closing queue), and a held copy goes only after the queue
     * close synced its release. A log that fails to close is reported, the others still close.
     */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        this.resources.stop();
        this.alerts.stop();
        const delayed = [];
        for (const v of this.vhosts.values()) {
            for (const ex of v.exchanges.values()) {
                if (ex instanceof DelayedExchange) {
                    ex.stopReleasing();
                    delayed.push(ex);
                }
            }
        }
        // a dead-lettered original goes once its copies are synced: let those syncs finish while the logs are open,
        // so it does not come back after the restart (bounded: a log stuck without descriptors must not hold the stop)
        await settleWithin(Promise.all([...this.vhosts.values()].map((v) => v.deadLettersSettled())), DEAD_LETTER_SETTLE_MS);
        const queues = [];
        for (const v of this.vhosts.values())
            for (const q of v.queues.values())
                queues.push(q.close());
        this.reportCloseErrors(await Promise.allSettled(queues));
        this.reportCloseErrors(await Promise.allSettled(delayed.map((ex) => ex.close())));
        this.reportCloseErrors(await Promise.allSettled([this.offsets?.close(), this.groups?.close(), this.pulls?.close(), this.sends?.close()].filter((x) => x !== undefined)));
        this.storage.definitions.close();
    }
    reportCloseErrors(results) {
        for (const r of results) {
            if (r.status === 'rejected')
                this.config.onWarning?.(`closing a log failed: ${r.reason.message}`);
        }
    }
    assertOpen() {
        if (this.closed)
            throw new BrokerError('INTERNAL_ERROR', 'broker is shutting down', true);
    }
}
/**
 * A queue's files could not be opened for want of file descriptors or disk space: the declare is refused
 * with a channel error (406, as RabbitMQ refuses a queue over a vhost's queue limit) and the broker carries
 * on. Anything else is rethrown as it is.
 */
function openRefusal(err, vhost, queue) {
    const code = err?.code;
    const why = code === 'EMFILE' || code === 'ENFILE'
        ? 'too many open files'
        : code === 'ENOSPC' || code === 'EDQUOT'
            ? 'no space left for its files'
            : undefined;
    if (why === undefined)
        return err;
    // the delayed exchange's log is named \0delayed\0<exchange>
    const what = queue.startsWith('\u0000') ? `exchange '${queue.split('\u0000')[2]}'` : `queue '${queue}'`;
    return new BrokerError('PRECONDITION_FAILED', `cannot open ${what} in vhost '${vhost}': ${why} (${err.message}); try again later`);
}
function vhostMeta(v) {
    const meta = { description: v.description, tags: [...v.tags] };
    return v.defaultQueueType === undefined ? meta : { ...meta, defaultQueueType: v.defaultQueueType };
}
// How long close() waits for dead-letter copies to sync before closing the logs anyway (the originals then
// come back once after the restart: duplicates, never loss).
const DEAD_LETTER_SETTLE_MS = 5000;
function settleWithin(p, ms) {
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, ms)));
    return Promise.race([p.then(() => undefined), timeout]).finally(() => clearTimeout(timer));
}
function openStorage(config, warn) {
    if (typeof config.storage === 'object')
        return config.storage;
    if (config.storage === 'memory')
        return new MemoryStorage();
    if (config.dataDir === undefined)
        throw new Error("a broker needs a dataDir unless its storage is 'memory'");
    return new DiskStorage(config.dataDir, warn, config.benchSyncDelayMs);
}
//# sourceMappingURL=broker.js.map