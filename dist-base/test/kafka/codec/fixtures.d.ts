export interface RequestFixture {
    api: string;
    apiKey: number;
    version: number;
    variant: string;
    client: string;
    flow: string;
    frame: Buffer;
    /** What re-encoding gives when it differs from frame (unknown tagged fields are not kept). */
    reencoded?: Buffer;
}
/** Captured frames that are requests (see rawSaslTokens for the ones that are not). */
export declare function capturedRequests(): RequestFixture[];
/**
 * After SaslHandshake v0 a client sends its SASL token as a bare size-prefixed blob, with no
 * request header (Kafka's "legacy" SASL flow). Read as a header, librdkafka's "\0guest\0guest"
 * PLAIN token begins with 0x0067 ("\0g"): api key 103.
 */
export declare const RAW_SASL_KEY = 103;
export declare function rawSaslTokens(): RequestFixture[];
/**
 * Written by hand from the protocol grammar (Kafka's JSON definitions), byte by byte, for the
 * advertised versions that neither kafkajs 2.2.4 nor librdkafka 2.0.2 implements. Each starts with
 * a request header: api key, version, correlation id, client id ("tool", int16 length).
 */
export declare const HANDWRITTEN: RequestFixture[];
