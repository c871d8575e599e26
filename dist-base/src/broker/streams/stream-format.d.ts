export declare const STREAM_FORMAT_SHIFT = 4;
export declare const STREAM_FORMAT_MASK = 112;
export declare const StreamFormat: {
    /** head = the engine's record head (exchange, routing key, AMQP properties), body = the message body */
    readonly amqp: 0;
    /** body = one Kafka RecordBatch (v2) as the producer sent it, baseOffset patched at append; head empty */
    readonly kafka: 1;
    /** one Redis stream entry: the RESP front's encoding of its ID and fields; count 1 */
    readonly resp: 2;
};
export type StreamFormatId = number;
/** The record flags of a stream record of that format (persistent: a stream keeps everything). */
export declare function streamFlags(format: StreamFormatId): number;
/** The format of a record, from its flags. */
export declare function formatOf(flags: number): StreamFormatId;
/** A record of another front's format as an AMQP stream consumer receives it (one per offset it covers). */
export interface ConvertedRecord {
    offset: number;
    exchange: string;
    routingKey: string;
    /** the engine's message properties (PropertiesFormat bytes) */
    properties: Buffer;
    body: Buffer;
}
/**
 * Turns one stored record of a front's format into the messages AMQP stream consumers get. Registered
 * by the front that owns the format (broker.streamConverters); without one, such records are skipped.
 */
export type StreamRecordConverter = (rec: {
    offset: number;
    flags: number;
    timestamp: number;
    head: Buffer;
    body: Buffer;
}) => ConvertedRecord[];
