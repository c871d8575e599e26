// A consumer group of three librdkafka members joining and leaving while records arrive, with each
// assignor librdkafka has (range, roundrobin, cooperative-sticky: the assignors run in the clients),
// committing after processing each record: no record is lost, and none is processed again after
// its commit succeeded.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { kafkajs, missing, python, startKafkaWharf, topicName } from './support.js';
describe('a group of three members joining and leaving', () => {
    let w;
    before(async () => {
        w = await startKafkaWharf();
    });
    after(async () => {
        await w.close();
    });
    for (const strategy of ['range', 'roundrobin', 'cooperative-sticky']) {
        test(`${strategy}: nothing lost, nothing processed again after its commit`, async (t) => {
            const why = missing('confluent_kafka');
            if (why)
                return t.skip(why);
            const topic = topicName(`churn-${strategy}`);
            const admin = kafkajs(w.bootstrap).admin();
            await admin.connect();
            await admin.createTopics({ topics: [{ topic, numPartitions: 6 }] });
            await admin.disconnect();
            const out = (await python('group_churn.py', [w.bootstrap, topic, strategy, '600'], 150_000));
            assert.deepEqual(out.missing, [], 'every record was processed');
            assert.equal(out.processed_unique, 600);
            assert.deepEqual(out.processed_after_commit, [], 'nothing processed again after its commit');
            assert.ok(out.members_that_processed.length >= 2, `members that processed: ${out.members_that_processed}`);
        });
    }
});
//# sourceMappingURL=group-churn.test.js.map