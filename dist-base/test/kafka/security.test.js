// Kafka security: SASL/PLAIN and SCRAM-SHA-256/512 against Wharf's users (a wrong password is
// refused, the logged-in user's permissions apply), and the TLS listener, with kafkajs and
// confluent-kafka (librdkafka: SASL_PLAINTEXT and SASL_SSL).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { hasOpenssl, makePki } from '../security-transport/certs.js';
import { kafkajs, missing, python, startKafkaWharf, topicName } from './support.js';
const USER = 'kafka-scram';
const PASSWORD = 's3cret-pw,=x';
describe('Kafka SASL and TLS', { skip: hasOpenssl() ? false : 'the openssl CLI is not installed' }, () => {
    let w;
    let pki;
    let tlsBootstrap;
    before(async () => {
        pki = makePki();
        w = await startKafkaWharf({ tls: { cert: pki.serverCert, key: pki.serverKey }, kafkaTlsPort: 0 });
        tlsBootstrap = `127.0.0.1:${w.server.kafkaTlsPort}`;
        const id = w.server.broker.identity;
        id.putUser(USER, { password: PASSWORD, tags: [] }, 'test');
        // may write and read topics named sec-*, nothing else
        id.setPermissions(USER, '/', { configure: '^sec-.*', write: '^sec-.*', read: '^sec-.*' }, 'test');
    });
    after(async () => {
        await w.close();
        pki.remove();
    });
    async function roundTrip(bootstrap, sasl, ssl) {
        const kafka = kafkajs(bootstrap, { sasl, ssl, retry: { retries: 0 } });
        const topic = topicName('sec');
        const producer = kafka.producer({ allowAutoTopicCreation: true });
        await producer.connect();
        try {
            await producer.send({ topic, acks: -1, messages: [{ value: 'hello' }] });
        }
        finally {
            await producer.disconnect();
        }
        const admin = kafka.admin();
        await admin.connect();
        try {
            return (await admin.fetchTopicOffsets(topic))[0].high;
        }
        finally {
            await admin.disconnect();
        }
    }
    for (const mechanism of ['scram-sha-256', 'scram-sha-512', 'plain']) {
        test(`kafkajs SASL ${mechanism}: logs in with the user's password, refuses a wrong one`, async () => {
            assert.equal(await roundTrip(w.bootstrap, { mechanism, username: USER, password: PASSWORD }), '1');
            await assert.rejects(roundTrip(w.bootstrap, { mechanism, username: USER, password: 'wrong' }), (e) => /SASL|authenticat/i.test(`${e.name} ${e.message}`));
            await assert.rejects(roundTrip(w.bootstrap, { mechanism, username: 'nobody', password: 'x' }), (e) => /SASL|authenticat/i.test(`${e.name} ${e.message}`));
        });
    }
    test("the SCRAM user's permissions apply (a topic outside them is TOPIC_AUTHORIZATION_FAILED)", async () => {
        const kafka = kafkajs(w.bootstrap, {
            sasl: { mechanism: 'scram-sha-512', username: USER, password: PASSWORD },
            retry: { retries: 0 },
        });
        const admin = kafka.admin();
        await admin.connect();
        try {
            await assert.rejects(admin.createTopics({ topics: [{ topic: topicName('other') }] }), (e) => e.errors?.[0].type === 'TOPIC_AUTHORIZATION_FAILED');
        }
        finally {
            await admin.disconnect();
        }
    });
    test('kafkajs over the TLS listener, with SCRAM-SHA-256', async () => {
        const ca = [pki.pem(pki.caCert)];
        assert.equal(await roundTrip(tlsBootstrap, { mechanism: 'scram-sha-256', username: USER, password: PASSWORD }, { ca }), '1');
    });
    for (const [proto, mech] of [
        ['SASL_PLAINTEXT', 'SCRAM-SHA-256'],
        ['SASL_SSL', 'SCRAM-SHA-512'],
        ['SASL_SSL', 'PLAIN'],
    ]) {
        test(`confluent-kafka ${proto} ${mech}: produce and consume; a wrong password is refused`, async (t) => {
            const why = missing('confluent_kafka');
            if (why)
                return t.skip(why);
            const bootstrap = proto === 'SASL_SSL' ? tlsBootstrap : w.bootstrap;
            const ca = proto === 'SASL_SSL' ? pki.caCert : '-';
            const ok = (await python('sasl_confluent.py', [
                bootstrap,
                proto,
                mech,
                USER,
                PASSWORD,
                ca,
                topicName('sec'),
            ]));
            assert.equal(ok.value, `over-${mech}`, JSON.stringify(ok));
            const bad = (await python('sasl_confluent.py', [
                bootstrap,
                proto,
                mech,
                USER,
                'wrong',
                ca,
                topicName('sec'),
            ]));
            assert.equal(bad.delivered, false, 'nothing was produced');
            assert.ok(bad.errors.includes('_AUTHENTICATION'), JSON.stringify(bad.errors));
        });
    }
});
//# sourceMappingURL=security.test.js.map