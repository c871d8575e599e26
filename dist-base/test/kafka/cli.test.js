// `wharf topics` and `wharf groups` against a running Wharf, through its management API only: topics
// made, described, altered and deleted as Kafka clients then see them; a kafkajs group described with
// its members, offsets and lag; reset-offsets planned, refused while the group consumes, and applied
// (--to-earliest, --to-datetime, --shift-by, --to-latest) once it stopped, as kafka-consumer-groups.sh.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { repoRoot } from '../helpers/brokers.js';
import { kafkajs, run, startKafkaWharf, topicName } from './support.js';
const CLI = resolve(repoRoot, 'dist/src/cli/main.js');
describe('wharf topics and wharf groups', () => {
    let w;
    const cli = (...args) => run(process.execPath, [CLI, ...args, '--url', w.httpUrl], { timeoutMs: 60_000 });
    const json = async (...args) => {
        const r = await cli(...args, '--json');
        assert.equal(r.code, 0, r.stderr);
        return JSON.parse(r.stdout);
    };
    before(async () => {
        w = await startKafkaWharf({ httpPort: 0 });
    });
    after(async () => {
        await w.close();
    });
    test('topics: create, list, describe, alter, delete, as Kafka clients see them', async () => {
        const topic = topicName('cli');
        let r = await cli('topics', 'create', topic, '--partitions', '2', '--config', 'retention.ms=3600000');
        assert.equal(r.code, 0, r.stderr);
        r = await cli('topics', 'create', topic);
        assert.equal(r.code, 1);
        assert.match(r.stderr, /already exists/);
        r = await cli('topics', 'create', topicName('bad'), '--config', 'cleanup.policy=archive');
        assert.equal(r.code, 1);
        assert.match(r.stderr, /cleanup\.policy/);
        r = await cli('topics');
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, new RegExp(`^${topic}\\s+2\\s+0\\s+\\d+\\s+3600000\\s+-1$`, 'm'));
        r = await cli('topics', 'alter', topic, '--partitions', '3', '--config', 'max.message.bytes=5000', '--delete-config', 'retention.ms');
        assert.equal(r.code, 0, r.stderr);
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        try {
            assert.equal((await admin.fetchTopicMetadata({ topics: [topic] })).topics[0].partitions.length, 3);
            const d = await admin.describeConfigs({
                includeSynonyms: false,
                resources: [{ type: 2, name: topic }],
            });
            const c = Object.fromEntries(d.resources[0].configEntries.map((e) => [e.configName, e.configValue]));
            assert.equal(c['max.message.bytes'], '5000');
            assert.equal(c['retention.ms'], '-1');
        }
        finally {
            await admin.disconnect();
        }
        r = await cli('topics', 'describe', topic);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /max\.message\.bytes=5000 \(set\)/);
        assert.equal(r.stdout.trim().split('\n').length, 2 + 1 + 3, 'two header lines, a table header, 3 partitions');
        r = await cli('topics', 'delete', topic);
        assert.equal(r.code, 0, r.stderr);
        r = await cli('topics', 'describe', topic);
        assert.equal(r.code, 1);
        assert.match(r.stderr, /no such topic/);
    });
    test('groups: list and describe with lag and members; reset-offsets as kafka-consumer-groups.sh', async () => {
        const topic = topicName('cli-grp');
        const group = topicName('grp');
        const kafka = kafkajs(w.bootstrap);
        const admin = kafka.admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
        const producer = kafka.producer();
        await producer.connect();
        for (const partition of [0, 1])
            await producer.send({
                topic,
                acks: -1,
                messages: Array.from({ length: 20 }, (_, i) => ({ partition, value: `m${i}` })),
            });
        const middle = new Date();
        await new Promise((r) => setTimeout(r, 20));
        await producer.send({
            topic,
            acks: -1,
            messages: Array.from({ length: 10 }, (_, i) => ({ partition: 0, value: `late${i}` })),
        });
        await producer.disconnect();
        // a member consumes 30 + 20 records and commits them
        const consumer = kafka.consumer({ groupId: group });
        await consumer.connect();
        await consumer.subscribe({ topic, fromBeginning: true });
        let seen = 0;
        await new Promise((done) => {
            void consumer.run({
                eachMessage: async () => {
                    if (++seen === 50)
                        done();
                },
            });
        });
        // offsets are committed by kafkajs's autocommit; wait until both partitions show them
        for (let i = 0; i < 100; i++) {
            const g = await json('groups', 'describe', group);
            const parts = g.partitions;
            if (parts.length === 2 && parts.every((p) => p.committed_offset !== null && p.committed_offset > 0))
                break;
            await new Promise((r) => setTimeout(r, 200));
        }
        let g = await json('groups', 'describe', group);
        assert.equal(g.state, 'Stable');
        const members = g.members;
        assert.equal(members.length, 1);
        assert.deepEqual(g.partitions.map((p) => [p.partition, p.committed_offset, p.log_end_offset, p.lag, p.member]), [
            [0, 30, 30, 0, members[0].member_id],
            [1, 20, 20, 0, members[0].member_id],
        ]);
        let r = await cli('groups');
        assert.match(r.stdout, new RegExp(`^${group}\\s+Stable\\s+1\\s+${topic}\\s+0$`, 'm'));
        r = await cli('groups', 'describe', group);
        assert.match(r.stdout, new RegExp(`^${topic}\\s+0\\s+30\\s+30\\s+0\\s+${members[0].member_id}`, 'm'));
        // while the group consumes, a plan is shown but --execute is refused
        r = await cli('groups', 'reset-offsets', group, '--topic', topic, '--to-earliest');
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stderr, /dry run/);
        r = await cli('groups', 'reset-offsets', group, '--topic', topic, '--to-earliest', '--execute');
        assert.equal(r.code, 1);
        assert.match(r.stderr, /inactive/);
        await consumer.disconnect();
        let plan = await json('groups', 'reset-offsets', group, '--topic', topic, '--to-earliest', '--execute');
        assert.deepEqual(plan.map((p) => [p.partition, p.previous_offset, p.new_offset]), [
            [0, 30, 0],
            [1, 20, 0],
        ]);
        plan = await json('groups', 'reset-offsets', group, '--topic', topic, '--partitions', '0', '--to-datetime', middle.toISOString(), '--execute');
        assert.deepEqual(plan.map((p) => [p.partition, p.new_offset]), [[0, 20]]);
        plan = await json('groups', 'reset-offsets', group, '--shift-by', '-5', '--execute');
        assert.deepEqual(plan.map((p) => [p.partition, p.new_offset]), [
            [0, 15],
            [1, 0],
        ]);
        await json('groups', 'reset-offsets', group, '--to-latest', '--execute');
        g = await json('groups', 'describe', group);
        assert.equal(g.state, 'Empty');
        assert.equal(g.lag, 0);
        // a Kafka client sees the reset offsets
        const committed = await admin.fetchOffsets({ groupId: group, topics: [topic] });
        assert.deepEqual(committed[0].partitions.map((p) => [p.partition, p.offset]).sort(), [
            [0, '30'],
            [1, '20'],
        ]);
        r = await cli('groups', 'reset-offsets', group, '--to-earliest', '--to-latest');
        assert.equal(r.code, 1);
        await admin.disconnect();
    });
});
//# sourceMappingURL=cli.test.js.map