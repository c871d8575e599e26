// Loads the captured request frames (test/kafka/fixtures/requests.json) and the few hand-written
// ones for APIs no client on this machine sends.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('../../../../', import.meta.url));
/** Captured frames that are requests (see rawSaslTokens for the ones that are not). */
export function capturedRequests() {
    return capturedFrames().filter((f) => f.apiKey !== RAW_SASL_KEY);
}
/**
 * After SaslHandshake v0 a client sends its SASL token as a bare size-prefixed blob, with no
 * request header (Kafka's "legacy" SASL flow). Read as a header, librdkafka's "\0guest\0guest"
 * PLAIN token begins with 0x0067 ("\0g"): api key 103.
 */
export const RAW_SASL_KEY = 0x0067;
export function rawSaslTokens() {
    return capturedFrames().filter((f) => f.apiKey === RAW_SASL_KEY);
}
function capturedFrames() {
    const doc = JSON.parse(readFileSync(`${root}test/kafka/fixtures/requests.json`, 'utf8'));
    return doc.requests.map(({ hex, ...f }) => ({ ...f, frame: Buffer.from(hex, 'hex') }));
}
const h = (s) => Buffer.from(s.replace(/\s+|\/\/[^\n]*/g, ''), 'hex');
/**
 * Written by hand from the protocol grammar (Kafka's JSON definitions), byte by byte, for the
 * advertised versions that neither kafkajs 2.2.4 nor librdkafka 2.0.2 implements. Each starts with
 * a request header: api key, version, correlation id, client id ("tool", int16 length).
 */
export const HANDWRITTEN = [
    {
        api: 'IncrementalAlterConfigs',
        apiKey: 44,
        version: 0,
        variant: '',
        client: 'hand-written',
        flow: 'kafka-configs --alter --add-config retention.ms=1000',
        frame: h(`002c 0000 00000009 0004 746f6f6c
      00000001                 // resources: 1
        02 0001 74             // resourceType 2 (topic), resourceName "t"
        00000002               // configs: 2
          000c 726574656e74696f6e2e6d73 00 0004 31303030   // retention.ms SET "1000"
          000e 636c65616e75702e706f6c696379 01 ffff        // cleanup.policy DELETE null
      01                       // validateOnly true`),
    },
    {
        api: 'IncrementalAlterConfigs',
        apiKey: 44,
        version: 1,
        variant: '',
        client: 'hand-written',
        flow: 'the same, flexible: compact strings and arrays, tagged fields, request header v2',
        frame: h(`002c 0001 0000000a 0004 746f6f6c 00   // header v2: client id stays int16, then no tags
      02                       // resources: compact 1
        02 02 74               // resourceType 2, resourceName compact "t"
        03                     // configs: compact 2
          0d 726574656e74696f6e2e6d73 00 05 31303030 00
          0f 636c65616e75702e706f6c696379 01 00 00          // value null (compact 0)
        00                     // resource tags
      00                       // validateOnly false
      00                       // top-level tags`),
    },
    {
        api: 'DescribeCluster',
        apiKey: 60,
        version: 0,
        variant: '',
        client: 'hand-written',
        flow: 'admin describeCluster (flexible from v0); carries one unknown tagged field to skip',
        frame: h(`003c 0000 0000000b 0004 746f6f6c 00
      01                       // includeClusterAuthorizedOperations true
      01 07 02 abcd            // 1 tagged field: tag 7 (unknown), 2 bytes`),
        reencoded: h('003c 0000 0000000b 0004 746f6f6c 00 01 00'),
    },
];
//# sourceMappingURL=fixtures.js.map