// One classic consumer group (Kafka's GroupMetadata and the GroupCoordinator's join/sync logic
// for it): Empty → PreparingRebalance → CompletingRebalance → Stable, and back to
// PreparingRebalance whenever a member joins, leaves, changes its subscription or misses its
// session timeout. The assignors run in the clients: the broker only picks a protocol every member
// supports (by vote, as Kafka does), hands the leader every member's metadata, and hands each
// member the bytes the leader assigned it.
import { KafkaError, } from '../codec/index.js';
import { sameProtocols } from './member.js';
const E = KafkaError;
const EMPTY = Buffer.alloc(0);
export class Group {
    groupId;
    timing;
    state = 'Empty';
    generation = 0;
    protocolType = null;
    protocolName = null;
    leader = null;
    members = new Map();
    /** group.instance.id → member id */
    staticMembers = new Map();
    /** member ids handed out with MEMBER_ID_REQUIRED, waiting for the member to join with them */
    pendingMembers = new Map();
    rebalanceTimer;
    delayTimer;
    joinNotBefore = 0;
    constructor(groupId, timing) {
        this.groupId = groupId;
        this.timing = timing;
    }
    get isEmpty() {
        return this.members.size === 0;
    }
    setState(s) {
        this.state = s;
        this.timing.onChange?.(this);
    }
    /** The protocols every member supports, each member's first choice among them voting (Kafka's selectProtocol). */
    selectProtocol() {
        let candidates;
        for (const m of this.members.values()) {
            const names = new Set(m.protocols.map((p) => p.name));
            candidates = candidates ? new Set([...candidates].filter((n) => names.has(n))) : names;
        }
        const votes = new Map();
        for (const m of this.members.values()) {
            const pick = m.protocols.find((p) => candidates.has(p.name)).name;
            votes.set(pick, (votes.get(pick) ?? 0) + 1);
        }
        let best = '';
        let most = -1;
        for (const [name, n] of votes)
            if (n > most)
                [best, most] = [name, n];
        return best;
    }
    /** Whether a joining member's protocols fit the group (INCONSISTENT_GROUP_PROTOCOL otherwise). */
    supports(protocolType, protocols) {
        if (protocols.length === 0 || protocolType === '')
            return false;
        if (this.isEmpty)
            return true;
        if (protocolType !== this.protocolType)
            return false;
        for (const m of this.members.values()) {
            if (!protocols.some((p) => m.protocols.some((q) => q.name === p.name)))
                return false;
        }
        return true;
    }
    join(req, ctx) {
        const fail = (errorCode, memberId = req.memberId) => ({
            throttleTimeMs: 0,
            errorCode,
            generationId: -1,
            protocolName: '',
            leader: '',
            memberId,
            members: [],
        });
        if (this.state === 'Dead')
            return fail(E.COORDINATOR_NOT_AVAILABLE.code);
        if (!this.supports(req.protocolType, req.protocols))
            return fail(E.INCONSISTENT_GROUP_PROTOCOL.code);
        const protocols = req.protocols.map((p) => ({ name: p.name, metadata: Buffer.from(p.metadata) }));
        if (req.memberId === '') {
            if (req.groupInstanceId !== null) {
                const old = this.staticMembers.get(req.groupInstanceId);
                if (old !== undefined && this.members.has(old))
                    return this.replaceStatic(old, req, protocols, ctx);
                return this.addAndRebalance(ctx.newMemberId(), req, protocols, ctx);
            }
            const id = ctx.newMemberId();
            if (ctx.version >= 4) {
                // KIP-394: the member must come back with this id; it does not count until it does
                const t = setTimeout(() => {
                    this.pendingMembers.delete(id);
                    if (this.state === 'PreparingRebalance')
                        this.tryCompleteJoin();
                }, req.sessionTimeoutMs);
                t.unref();
                this.pendingMembers.set(id, t);
                return fail(E.MEMBER_ID_REQUIRED.code, id);
            }
            return this.addAndRebalance(id, req, protocols, ctx);
        }
        const pending = this.pendingMembers.get(req.memberId);
        if (pending !== undefined) {
            clearTimeout(pending);
            this.pendingMembers.delete(req.memberId);
            return this.addAndRebalance(req.memberId, req, protocols, ctx);
        }
        const m = this.members.get(req.memberId);
        if (!m)
            return fail(E.UNKNOWN_MEMBER_ID.code);
        if (req.groupInstanceId !== null && this.staticMembers.get(req.groupInstanceId) !== req.memberId)
            return fail(E.FENCED_INSTANCE_ID.code);
        const changed = !sameProtocols(m.protocols, protocols);
        m.sessionTimeoutMs = req.sessionTimeoutMs;
        m.rebalanceTimeoutMs = req.rebalanceTimeoutMs;
        m.protocols = protocols;
        m.clientId = ctx.clientId;
        m.clientHost = ctx.clientHost;
        if (this.state === 'PreparingRebalance')
            return this.parkJoin(m);
        if (this.state === 'CompletingRebalance' && !changed)
            return this.joinResponse(m);
        if (this.state === 'Stable' && !changed && m.memberId !== this.leader)
            return this.joinResponse(m);
        const p = this.parkJoin(m);
        this.prepareRebalance();
        return p;
    }
    /** A static member restarted: it takes over the old member's place and assignment (KIP-345). */
    replaceStatic(oldId, req, protocols, ctx) {
        const old = this.members.get(oldId);
        const id = ctx.newMemberId();
        this.members.delete(oldId);
        this.clearSession(old);
        old.awaitingJoin?.({ ...this.failedJoin(E.FENCED_INSTANCE_ID.code), memberId: oldId });
        old.awaitingSync?.({ throttleTimeMs: 0, errorCode: E.FENCED_INSTANCE_ID.code, assignment: EMPTY });
        const m = {
            ...old,
            memberId: id,
            clientId: ctx.clientId,
            clientHost: ctx.clientHost,
            sessionTimeoutMs: req.sessionTimeoutMs,
            rebalanceTimeoutMs: req.rebalanceTimeoutMs,
            protocols,
            awaitingJoin: undefined,
            awaitingSync: undefined,
            sessionTimer: undefined,
        };
        this.members.set(id, m);
        this.staticMembers.set(req.groupInstanceId, id);
        const wasLeader = this.leader === oldId;
        if (wasLeader)
            this.leader = id;
        if (this.state === 'Stable' && !wasLeader && sameProtocols(old.protocols, protocols)) {
            this.heard(m);
            return this.joinResponse(m);
        }
        const p = this.parkJoin(m);
        if (this.state === 'PreparingRebalance')
            this.tryCompleteJoin();
        else
            this.prepareRebalance();
        return p;
    }
    failedJoin(errorCode) {
        return {
            throttleTimeMs: 0,
            errorCode,
            generationId: -1,
            protocolName: '',
            leader: '',
            memberId: '',
            members: [],
        };
    }
    addAndRebalance(id, req, protocols, ctx) {
        const m = {
            memberId: id,
            groupInstanceId: req.groupInstanceId,
            clientId: ctx.clientId,
            clientHost: ctx.clientHost,
            sessionTimeoutMs: req.sessionTimeoutMs,
            rebalanceTimeoutMs: req.rebalanceTimeoutMs,
            protocolType: req.protocolType,
            protocols,
            assignment: EMPTY,
            awaitingJoin: undefined,
            awaitingSync: undefined,
            sessionDeadline: 0,
            sessionTimer: undefined,
        };
        if (this.isEmpty)
            this.protocolType = req.protocolType;
        this.members.set(id, m);
        if (req.groupInstanceId !== null)
            this.staticMembers.set(req.groupInstanceId, id);
        this.leader ??= id;
        const p = this.parkJoin(m);
        if (this.state === 'PreparingRebalance')
            this.tryCompleteJoin();
        else
            this.prepareRebalance();
        return p;
    }
    parkJoin(m) {
        // a second JoinGroup from the same member replaces the first, which gets the same answer
        const previous = m.awaitingJoin;
        const p = new Promise((resolve) => {
            m.awaitingJoin = (r) => {
                previous?.(r);
                resolve(r);
            };
        });
        this.heard(m);
        if (this.state === 'PreparingRebalance')
            queueMicrotask(() => this.tryCompleteJoin());
        return p;
    }
    joinResponse(m) {
        const isLeader = m.memberId === this.leader;
        return {
            throttleTimeMs: 0,
            errorCode: 0,
            generationId: this.generation,
            protocolName: this.protocolName ?? '',
            leader: this.leader ?? '',
            memberId: m.memberId,
            members: isLeader
                ? [...this.members.values()].map((x) => ({
                    memberId: x.memberId,
                    groupInstanceId: x.groupInstanceId,
                    metadata: x.protocols.find((p) => p.name === this.protocolName)?.metadata ?? EMPTY,
                }))
                : [],
        };
    }
    /** Starts a rebalance: members must rejoin within the largest rebalance timeout among them. */
    prepareRebalance() {
        if (this.state === 'Dead')
            return;
        if (this.state === 'CompletingRebalance') {
            for (const m of this.members.values()) {
                m.awaitingSync?.({ throttleTimeMs: 0, errorCode: E.REBALANCE_IN_PROGRESS.code, assignment: EMPTY });
                m.awaitingSync = undefined;
            }
        }
        const wasEmpty = this.state === 'Empty';
        this.setState('PreparingRebalance');
        let timeout = 0;
        for (const m of this.members.values())
            timeout = Math.max(timeout, m.rebalanceTimeoutMs);
        // group.initial.rebalance.delay.ms: the first rebalance of an empty group waits for more members
        const delay = wasEmpty ? this.timing.initialRebalanceDelayMs : 0;
        this.joinNotBefore = Date.now() + delay;
        clearTimeout(this.rebalanceTimer);
        clearTimeout(this.delayTimer);
        this.rebalanceTimer = setTimeout(() => this.completeJoin(), Math.max(timeout, delay));
        this.rebalanceTimer.unref();
        if (delay > 0) {
            this.delayTimer = setTimeout(() => this.tryCompleteJoin(), delay);
            this.delayTimer.unref();
        }
        else {
            queueMicrotask(() => this.tryCompleteJoin());
        }
    }
    /** Completes the join phase once every known member has rejoined and no new one is pending. */
    tryCompleteJoin() {
        if (this.state !== 'PreparingRebalance')
            return;
        if (Date.now() < this.joinNotBefore)
            return;
        if (this.pendingMembers.size > 0)
            return;
        for (const m of this.members.values())
            if (!m.awaitingJoin)
                return;
        this.completeJoin();
    }
    completeJoin() {
        if (this.state !== 'PreparingRebalance')
            return;
        clearTimeout(this.rebalanceTimer);
        clearTimeout(this.delayTimer);
        this.rebalanceTimer = undefined;
        // members that did not rejoin in time are out
        for (const m of [...this.members.values()])
            if (!m.awaitingJoin)
                this.removeMember(m, false);
        this.generation++;
        if (this.isEmpty) {
            this.protocolName = null;
            this.protocolType = null;
            this.leader = null;
            this.setState('Empty');
            return;
        }
        this.protocolName = this.selectProtocol();
        if (this.leader === null || !this.members.has(this.leader))
            this.leader = this.members.keys().next().value;
        this.setState('CompletingRebalance');
        for (const m of this.members.values()) {
            const answer = m.awaitingJoin;
            m.awaitingJoin = undefined;
            m.assignment = EMPTY;
            this.heard(m);
            answer(this.joinResponse(m));
        }
    }
    /** Validates member, instance and generation as Kafka does for SyncGroup, Heartbeat and OffsetCommit. */
    check(memberId, instanceId, generation) {
        const m = this.members.get(memberId);
        if (instanceId !== null) {
            const owner = this.staticMembers.get(instanceId);
            if (owner !== undefined && owner !== memberId)
                return E.FENCED_INSTANCE_ID.code;
        }
        if (!m || this.state === 'Dead' || this.state === 'Empty')
            return E.UNKNOWN_MEMBER_ID.code;
        if (generation !== this.generation)
            return E.ILLEGAL_GENERATION.code;
        return 0;
    }
    sync(memberId, instanceId, generation, assignments) {
        const fail = (errorCode) => ({
            throttleTimeMs: 0,
            errorCode,
            assignment: EMPTY,
        });
        const bad = this.check(memberId, instanceId, generation);
        if (bad)
            return fail(bad);
        const m = this.members.get(memberId);
        this.heard(m);
        if (this.state === 'PreparingRebalance')
            return fail(E.REBALANCE_IN_PROGRESS.code);
        if (this.state === 'Stable')
            return { throttleTimeMs: 0, errorCode: 0, assignment: m.assignment };
        // CompletingRebalance: wait for the leader's assignment
        const p = new Promise((resolve) => (m.awaitingSync = resolve));
        if (memberId === this.leader) {
            for (const x of this.members.values())
                x.assignment = EMPTY;
            for (const a of assignments) {
                const x = this.members.get(a.memberId);
                if (x)
                    x.assignment = Buffer.from(a.assignment);
            }
            this.setState('Stable');
            for (const x of this.members.values()) {
                const answer = x.awaitingSync;
                x.awaitingSync = undefined;
                answer?.({ throttleTimeMs: 0, errorCode: 0, assignment: x.assignment });
            }
        }
        return p;
    }
    heartbeat(memberId, instanceId, generation) {
        const bad = this.check(memberId, instanceId, generation);
        if (bad)
            return bad;
        this.heard(this.members.get(memberId));
        return this.state === 'PreparingRebalance' ? E.REBALANCE_IN_PROGRESS.code : 0;
    }
    /** LeaveGroup for one member (by id, or by instance id for a static one). */
    leave(memberId, instanceId) {
        let id = memberId;
        if (instanceId !== null) {
            const owner = this.staticMembers.get(instanceId);
            if (owner === undefined)
                return E.UNKNOWN_MEMBER_ID.code;
            if (id !== '' && id !== owner)
                return E.FENCED_INSTANCE_ID.code;
            id = owner;
        }
        const m = this.members.get(id);
        if (!m) {
            const pending = this.pendingMembers.get(id);
            if (pending === undefined)
                return E.UNKNOWN_MEMBER_ID.code;
            clearTimeout(pending);
            this.pendingMembers.delete(id);
            if (this.state === 'PreparingRebalance')
                this.tryCompleteJoin();
            return 0;
        }
        this.removeMember(m, true);
        return 0;
    }
    removeMember(m, rebalance) {
        this.members.delete(m.memberId);
        if (m.groupInstanceId !== null && this.staticMembers.get(m.groupInstanceId) === m.memberId)
            this.staticMembers.delete(m.groupInstanceId);
        this.clearSession(m);
        m.awaitingJoin?.({ ...this.failedJoin(E.UNKNOWN_MEMBER_ID.code), memberId: m.memberId });
        m.awaitingJoin = undefined;
        m.awaitingSync?.({ throttleTimeMs: 0, errorCode: E.UNKNOWN_MEMBER_ID.code, assignment: EMPTY });
        m.awaitingSync = undefined;
        if (this.leader === m.memberId)
            this.leader = this.members.keys().next().value ?? null;
        if (!rebalance)
            return;
        if (this.state === 'Stable' || this.state === 'CompletingRebalance')
            this.prepareRebalance();
        else if (this.state === 'PreparingRebalance')
            this.tryCompleteJoin();
    }
    /** The member was heard from: its session starts over. */
    heard(m) {
        m.sessionDeadline = Date.now() + m.sessionTimeoutMs;
        if (m.sessionTimer)
            return;
        const check = () => {
            m.sessionTimer = undefined;
            if (!this.members.has(m.memberId) || this.members.get(m.memberId) !== m)
                return;
            // a member waiting in JoinGroup or SyncGroup is alive (Kafka's shouldKeepAlive)
            if (m.awaitingJoin || m.awaitingSync)
                m.sessionDeadline = Date.now() + m.sessionTimeoutMs;
            const left = m.sessionDeadline - Date.now();
            if (left > 0) {
                m.sessionTimer = setTimeout(check, left);
                m.sessionTimer.unref();
                return;
            }
            this.removeMember(m, true);
        };
        m.sessionTimer = setTimeout(check, m.sessionTimeoutMs);
        m.sessionTimer.unref();
    }
    clearSession(m) {
        clearTimeout(m.sessionTimer);
        m.sessionTimer = undefined;
    }
    /** Ends the group (DeleteGroups of an empty group, or shutdown): every timer stops. */
    destroy() {
        clearTimeout(this.rebalanceTimer);
        clearTimeout(this.delayTimer);
        for (const t of this.pendingMembers.values())
            clearTimeout(t);
        this.pendingMembers.clear();
        for (const m of this.members.values()) {
            this.clearSession(m);
            m.awaitingJoin?.({ ...this.failedJoin(E.COORDINATOR_NOT_AVAILABLE.code), memberId: m.memberId });
            m.awaitingSync?.({ throttleTimeMs: 0, errorCode: E.COORDINATOR_NOT_AVAILABLE.code, assignment: EMPTY });
        }
        this.members.clear();
        this.setState('Dead');
    }
}
//# sourceMappingURL=group.js.map