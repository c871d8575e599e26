// The URL fields startWharf fills from the listeners the fronts report: a new front only
// reports { protocol, host, port } and its field appears.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { urlsOf } from '../../src/embedded/urls.js';
test('each protocol fills its field; loopback stands in for every interface; IPv6 in brackets', () => {
    const urls = urlsOf([
        { protocol: 'amqp', host: '127.0.0.1', port: 5001 },
        { protocol: 'http', host: undefined, port: 5002 },
        { protocol: 'kafka', host: '0.0.0.0', port: 5003 },
        { protocol: 'sqs', host: '::', port: 5004 },
        { protocol: 'resp', host: '::1', port: 5005 },
        { protocol: 'amqps', host: 'localhost', port: 5006 },
        { protocol: 'amqp', host: '127.0.0.1', port: 5999 }, // a second AMQP listener: the first wins
        { protocol: 'mqtt', host: '127.0.0.1', port: 5007 }, // no field for it: skipped
    ]);
    assert.deepEqual(urls, {
        amqpUrl: 'amqp://127.0.0.1:5001',
        amqpsUrl: 'amqps://localhost:5006',
        httpUrl: 'http://127.0.0.1:5002',
        httpsUrl: undefined,
        kafkaBootstrap: '127.0.0.1:5003',
        sqsEndpoint: 'http://[::1]:5004',
        respUrl: 'redis://[::1]:5005',
    });
});
//# sourceMappingURL=urls.test.js.map