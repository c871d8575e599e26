// The error-code table agrees with kafkajs's (src/protocol/error.js): same codes, same retriable
// flags. Names follow Kafka's Errors.java, which renamed a few of kafkajs's.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { KafkaError, kafkaErrorName } from '../../../src/kafka/codec/index.js';
const require = createRequire(import.meta.url);
const { errorCodes } = require('kafkajs/src/protocol/error.js');
test('every code in our table has kafkajs code and retriable flag', () => {
    for (const [name, info] of Object.entries(KafkaError)) {
        if (info.code === 0)
            continue; // kafkajs has no entry for "no error"
        // Newer than kafkajs 2.2.4's table; Kafka's Errors.java: 89 retriable, 90 not.
        if (info.code === 89 || info.code === 90) {
            assert.equal(info.retriable, info.code === 89);
            continue;
        }
        const theirs = errorCodes.find((e) => e.code === info.code);
        assert.ok(theirs, `${name} (${info.code}) unknown to kafkajs`);
        assert.equal(info.retriable, theirs.retriable, `${name} retriable`);
        assert.equal(kafkaErrorName(info.code), name);
    }
    // The ones PROTOCOLS.md lists as acted on by clients are all present.
    for (const c of [1, 3, 5, 6, 15, 16, 22, 23, 25, 26, 27, 35, 36, 38, 45, 46, 47, 59, 79, 76, 2])
        assert.ok(kafkaErrorName(c), `code ${c}`);
});
//# sourceMappingURL=errors.test.js.map