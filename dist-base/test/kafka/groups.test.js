// The classic group protocol through raw requests, step by step, as kafkajs and librdkafka drive
// it (PROTOCOLS.md §1.4-1.5): MEMBER_ID_REQUIRED, rebalances when members join, leave or miss their
// session, generation and member checks, static membership, offsets with their metadata.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { ApiKey, } from '../../src/kafka/codec/index.js';
import { KafkaServer } from '../../src/kafka/index.js';
import { kafkajs, RawKafka, startKafkaWharf, topicName } from './support.js';
const meta = (s) => Buffer.from(s);
class Member {
    raw;
    group;
    instance;
    sessionMs;
    cid = 0;
    memberId = '';
    generation = -1;
    constructor(raw, group, instance = null, sessionMs = 10_000) {
        this.raw = raw;
        this.group = group;
        this.instance = instance;
        this.sessionMs = sessionMs;
    }
    async join(protocols = [{ name: 'range', metadata: meta('m') }]) {
        this.raw.send(ApiKey.JoinGroup, 5, ++this.cid, {
            groupId: this.group,
            sessionTimeoutMs: this.sessionMs,
            rebalanceTimeoutMs: 5_000,
            memberId: this.memberId,
            groupInstanceId: this.instance,
            protocolType: 'consumer',
            protocols,
        });
        const r = (await this.raw.response(ApiKey.JoinGroup, 5)).body;
        if (r.memberId)
            this.memberId = r.memberId;
        if (r.errorCode === 0)
            this.generation = r.generationId;
        return r;
    }
    /** JoinGroup until past MEMBER_ID_REQUIRED. */
    async joinFully() {
        let r = await this.join();
        if (r.errorCode === 79)
            r = await this.join();
        return r;
    }
    async sync(assignments = []) {
        this.raw.send(ApiKey.SyncGroup, 3, ++this.cid, {
            groupId: this.group,
            generationId: this.generation,
            memberId: this.memberId,
            groupInstanceId: this.instance,
            assignments,
        });
        return (await this.raw.response(ApiKey.SyncGroup, 3)).body;
    }
    async heartbeat(generation = this.generation) {
        this.raw.send(ApiKey.Heartbeat, 3, ++this.cid, {
            groupId: this.group,
            generationId: generation,
            memberId: this.memberId,
            groupInstanceId: this.instance,
        });
        return (await this.raw.response(ApiKey.Heartbeat, 3)).body.errorCode;
    }
    async leave() {
        this.raw.send(ApiKey.LeaveGroup, 3, ++this.cid, {
            groupId: this.group,
            memberId: '',
            members: [{ memberId: this.memberId, groupInstanceId: this.instance }],
        });
        return (await this.raw.response(ApiKey.LeaveGroup, 3)).body;
    }
}
describe('Kafka consumer groups (classic protocol)', () => {
    let w;
    const raws = [];
    const connect = async () => {
        const r = await RawKafka.connect(w.bootstrap);
        raws.push(r);
        return r;
    };
    before(async () => {
        w = await startKafkaWharf();
    });
    after(async () => {
        for (const r of raws)
            r.close();
        await w.close();
    });
    test('join, sync, a second member rebalances the group, leave rebalances it again', async () => {
        const group = topicName('g');
        const a = new Member(await connect(), group);
        const first = await a.join();
        assert.equal(first.errorCode, 79, 'MEMBER_ID_REQUIRED first');
        assert.match(first.memberId, /^raw-/);
        const joined = await a.join();
        assert.equal(joined.errorCode, 0);
        assert.equal(joined.generationId, 1);
        assert.equal(joined.leader, a.memberId);
        assert.deepEqual(joined.members.map((m) => m.memberId), [a.memberId]);
        assert.deepEqual((await a.sync([{ memberId: a.memberId, assignment: meta('all') }])).assignment, meta('all'));
        assert.equal(await a.heartbeat(), 0);
        const b = new Member(await connect(), group);
        assert.equal((await b.join()).errorCode, 79);
        const bJoin = b.join(); // parked until a rejoins
        // a learns of the rebalance from its heartbeat, then rejoins
        let hb = 0;
        for (let i = 0; i < 50 && hb !== 27; i++)
            hb = await a.heartbeat();
        assert.equal(hb, 27, 'REBALANCE_IN_PROGRESS');
        const [aj, bj] = await Promise.all([a.join(), bJoin]);
        assert.equal(aj.generationId, 2);
        assert.equal(bj.generationId, 2);
        assert.equal(aj.leader, a.memberId);
        assert.equal(aj.protocolName, 'range');
        assert.deepEqual(aj.members.map((m) => m.memberId).sort(), [a.memberId, b.memberId].sort());
        assert.deepEqual(bj.members, [], 'only the leader gets the members');
        const bSync = b.sync(); // waits for the leader's assignment
        const aSync = await a.sync([
            { memberId: a.memberId, assignment: meta('p0') },
            { memberId: b.memberId, assignment: meta('p1') },
        ]);
        assert.deepEqual(aSync.assignment, meta('p0'));
        assert.deepEqual((await bSync).assignment, meta('p1'));
        assert.equal(await b.heartbeat(1), 22, 'ILLEGAL_GENERATION');
        // offsets: committed by a member of the current generation, metadata round-trips
        const topic = topicName('gt');
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
        a.raw.send(ApiKey.OffsetCommit, 7, 900, {
            groupId: group,
            generationIdOrMemberEpoch: a.generation,
            memberId: a.memberId,
            groupInstanceId: null,
            retentionTimeMs: -1,
            topics: [
                {
                    name: topic,
                    partitions: [
                        {
                            partitionIndex: 1,
                            committedOffset: 42,
                            committedLeaderEpoch: -1,
                            commitTimestamp: -1,
                            committedMetadata: 'meta-42',
                        },
                        {
                            partitionIndex: 7,
                            committedOffset: 1,
                            committedLeaderEpoch: -1,
                            commitTimestamp: -1,
                            committedMetadata: null,
                        },
                    ],
                },
            ],
        });
        const oc = (await a.raw.response(ApiKey.OffsetCommit, 7)).body;
        assert.deepEqual(oc.topics[0].partitions.map((p) => p.errorCode), [0, 3]);
        a.raw.send(ApiKey.OffsetFetch, 5, 901, {
            groupId: group,
            topics: [{ name: topic, partitionIndexes: [0, 1] }],
            requireStable: false,
        });
        const of = (await a.raw.response(ApiKey.OffsetFetch, 5)).body;
        assert.deepEqual(of.topics[0].partitions.map((p) => [p.partitionIndex, p.committedOffset, p.metadata]), [
            [0, -1, ''],
            [1, 42, 'meta-42'],
        ]);
        // the group as kafkajs's admin describes it
        const described = await admin.describeGroups([group]);
        assert.equal(described.groups[0].state, 'Stable');
        assert.equal(described.groups[0].protocol, 'range');
        assert.equal(described.groups[0].members.length, 2);
        assert.ok((await admin.listGroups()).groups.some((g) => g.groupId === group));
        const offsets = await admin.fetchOffsets({ groupId: group, topics: [topic] });
        assert.deepEqual(offsets[0].partitions.map((p) => [p.partition, p.offset]), [
            [0, '-1'],
            [1, '42'],
        ]);
        assert.equal(offsets[0].partitions[1].metadata, 'meta-42');
        await assert.rejects(admin.deleteGroups([group]), (e) => e.groups?.[0].error?.type === 'NON_EMPTY_GROUP');
        // b leaves: a is told to rejoin and becomes the only member
        const left = await b.leave();
        assert.deepEqual(left.members.map((m) => m.errorCode), [0]);
        assert.equal(await a.heartbeat(), 27);
        const alone = await a.join();
        assert.equal(alone.generationId, 3);
        assert.deepEqual(alone.members.map((m) => m.memberId), [a.memberId]);
        await a.sync([{ memberId: a.memberId, assignment: meta('both') }]);
        await a.leave();
        assert.equal((await admin.describeGroups([group])).groups[0].state, 'Empty');
        // an empty group can be deleted, with its offsets
        await admin.deleteGroups([group]);
        assert.ok(!(await admin.listGroups()).groups.some((g) => g.groupId === group));
        await admin.disconnect();
    });
    test('a member that stops heartbeating is removed after its session timeout', async () => {
        const log = pino({ level: 'silent' });
        const front = new KafkaServer(w.server.broker, log, {
            host: '127.0.0.1',
            port: 0,
            groupMinSessionTimeoutMs: 100,
        });
        const port = await front.listen();
        try {
            const group = topicName('gs');
            const a = new Member(await RawKafka.connect(`127.0.0.1:${port}`), group, null, 300);
            const b = new Member(await RawKafka.connect(`127.0.0.1:${port}`), group, null, 300);
            raws.push(a.raw, b.raw);
            await a.joinFully();
            await a.sync([{ memberId: a.memberId, assignment: meta('x') }]);
            await b.join();
            const bJoin = b.join();
            const aRejoin = (async () => {
                while ((await a.heartbeat()) !== 27)
                    await new Promise((r) => setTimeout(r, 20));
                return a.join();
            })();
            await Promise.all([bJoin, aRejoin]);
            await a.sync([]);
            await b.sync();
            // b goes silent; a keeps heartbeating and is told to rebalance once b's session ran out
            const started = Date.now();
            let code = 0;
            while (code !== 27 && Date.now() - started < 5_000) {
                await new Promise((r) => setTimeout(r, 50));
                code = await a.heartbeat();
            }
            assert.equal(code, 27);
            assert.ok(Date.now() - started >= 250, 'not before the session timeout');
            const alone = await a.join();
            assert.deepEqual(alone.members.map((m) => m.memberId), [a.memberId]);
            assert.equal(await b.heartbeat(), 25, 'UNKNOWN_MEMBER_ID for the expired member');
            // session timeouts outside the configured bounds are refused
            const c = new Member(await RawKafka.connect(`127.0.0.1:${port}`), group, null, 10);
            raws.push(c.raw);
            assert.equal((await c.join()).errorCode, 26, 'INVALID_SESSION_TIMEOUT');
        }
        finally {
            await front.close();
        }
    });
    test('static membership: a restarted instance takes its old place without a rebalance', async () => {
        const group = topicName('gst');
        const a = new Member(await connect(), group, 'instance-a');
        const joined = await a.join();
        assert.equal(joined.errorCode, 0, 'no MEMBER_ID_REQUIRED for a static member');
        const b = new Member(await connect(), group, 'instance-b');
        const bJoin = b.join();
        while ((await a.heartbeat()) !== 27)
            ;
        const aj = await a.join();
        await bJoin;
        const gen = aj.generationId;
        await Promise.all([
            b.sync(),
            a.sync([
                { memberId: a.memberId, assignment: meta('A') },
                { memberId: b.memberId, assignment: meta('B') },
            ]),
        ]);
        // b restarts: same instance id, no member id
        const oldB = b.memberId;
        const b2 = new Member(await connect(), group, 'instance-b');
        const again = await b2.join();
        assert.equal(again.errorCode, 0);
        assert.equal(again.generationId, gen, 'same generation: no rebalance');
        assert.notEqual(b2.memberId, oldB);
        assert.deepEqual((await b2.sync()).assignment, meta('B'), 'the old assignment');
        assert.equal(await a.heartbeat(), 0, 'the leader is not disturbed');
        assert.equal(await b.heartbeat(), 82, 'FENCED_INSTANCE_ID for the old member id');
    });
    test('a simple commit (no membership) goes to an empty group; a live group refuses it', async () => {
        const group = topicName('gc');
        const topic = topicName('gct');
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        try {
            await admin.createTopics({ topics: [{ topic }] });
            await admin.setOffsets({ groupId: group, topic, partitions: [{ partition: 0, offset: '5' }] });
            const o = await admin.fetchOffsets({ groupId: group, topics: [topic] });
            assert.equal(o[0].partitions[0].offset, '5');
            const a = new Member(await connect(), group);
            await a.joinFully();
            await assert.rejects(admin.setOffsets({ groupId: group, topic, partitions: [{ partition: 0, offset: '6' }] }), /running|not empty|UNKNOWN_MEMBER_ID/i);
            await a.leave();
        }
        finally {
            await admin.disconnect();
        }
    });
});
//# sourceMappingURL=groups.test.js.map