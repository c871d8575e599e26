// What a stream record carries, in bits 4-6 of its record flags (record.ts has bits 0-3, the store bit 7):
// the engine stays protocol-neutral, but a reader must know whose bytes a record holds. AMQP's records
// (the engine's head + body, stream-queue.ts) are format 0, so every record written before formats existed
// reads as AMQP. Fronts own their numbers here and convert only when a record crosses to another protocol.
export const STREAM_FORMAT_SHIFT = 4;
export const STREAM_FORMAT_MASK = 0x70;
export const StreamFormat = {
    /** head = the engine's record head (exchange, routing key, AMQP properties), body = the message body */
    amqp: 0,
    /** body = one Kafka RecordBatch (v2) as the producer sent it, baseOffset patched at append; head empty */
    kafka: 1,
    /** one Redis stream entry: the RESP front's encoding of its ID and fields; count 1 */
    resp: 2,
};
/** The record flags of a stream record of that format (persistent: a stream keeps everything). */
export function streamFlags(format) {
    if (!(Number.isInteger(format) && format >= 0 && format <= 7))
        throw new RangeError(`bad stream format ${format}`);
    return 1 | (format << STREAM_FORMAT_SHIFT);
}
/** The format of a record, from its flags. */
export function formatOf(flags) {
    return (flags & STREAM_FORMAT_MASK) >>> STREAM_FORMAT_SHIFT;
}
//# sourceMappingURL=stream-format.js.map