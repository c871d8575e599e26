// SQS messages <-> the engine's messages (AMQP-encoded properties), so a message sent
// through SQS is read by AMQP consumers with natural headers and the other way round:
//
//   SQS                              engine (AMQP properties)
//   MessageId                        message_id
//   MessageAttributes  String/Number headers[name] = string (longstr)
//                      Binary        headers[name] = bytes (byte array)
//                      custom types  headers['x-sqs-types'][name] = DataType ("Number.int")
//   MessageGroupId                   headers['x-sqs-group-id']
//   MessageDeduplicationId           headers['x-sqs-dedup-id']
//   SequenceNumber                   headers['x-sqs-sequence']
//   AWSTraceHeader                   headers['x-sqs-trace']
//   SenderId                         headers['x-sqs-sender'] (user_id is not used: AMQP checks it)
//   DeadLetterQueueSourceArn         headers['x-sqs-dlq-source'] (set when redriven)
//   SNS Subject (topic publishes)    headers['x-sqs-subject']
//   SentTimestamp                    the record's arrival time (ms)
//   ApproximateReceiveCount          the lease's delivery count
//   body (UTF-8 text)                body bytes
//
// Reading an AMQP-published message: string headers become String attributes, numbers
// Number, byte arrays Binary, booleans String; other header values (tables, lists) and the
// broker's own headers (x-death, x-delivery-count, x-sqs-*) are not attributes.
import { createHash, randomUUID } from 'node:crypto';
export const H_TYPES = 'x-sqs-types';
export const H_GROUP = 'x-sqs-group-id';
export const H_DEDUP = 'x-sqs-dedup-id';
export const H_SEQUENCE = 'x-sqs-sequence';
export const H_TRACE = 'x-sqs-trace';
export const H_SENDER = 'x-sqs-sender';
export const H_DLQ_SOURCE = 'x-sqs-dlq-source';
export const H_SUBJECT = 'x-sqs-subject';
/** The AMQP properties of a message sent through SQS. */
export function encodeSqsProperties(format, m) {
    const headers = {};
    let types;
    for (const [name, a] of Object.entries(m.attributes)) {
        const binary = a.DataType.startsWith('Binary');
        headers[name] = binary ? (a.BinaryValue ?? Buffer.alloc(0)) : (a.StringValue ?? '');
        if (a.DataType !== (binary ? 'Binary' : 'String'))
            (types ??= {})[name] = a.DataType;
    }
    if (types)
        headers[H_TYPES] = types;
    if (m.groupId !== undefined)
        headers[H_GROUP] = m.groupId;
    if (m.dedupId !== undefined)
        headers[H_DEDUP] = m.dedupId;
    if (m.sequence !== undefined)
        headers[H_SEQUENCE] = m.sequence;
    if (m.trace !== undefined)
        headers[H_TRACE] = m.trace;
    if (m.sender !== undefined)
        headers[H_SENDER] = m.sender;
    if (m.dlqSource !== undefined)
        headers[H_DLQ_SOURCE] = m.dlqSource;
    if (m.subject !== undefined)
        headers[H_SUBJECT] = m.subject;
    if (m.delayMs !== undefined && m.delayMs > 0)
        headers['x-delay'] = m.delayMs;
    return format.encode({ message_id: m.messageId, delivery_mode: 2, headers });
}
/** What SQS shows of a stored message's properties. `fallbackId` names it when it has no message_id. */
export function decodeSqsProperties(format, properties, fallbackId) {
    // the message-id property (dedupKey without a header names it): describe would convert every property
    const id = format.dedupKey(properties, undefined);
    const headers = format.headers(properties) ?? {};
    const types = (headers[H_TYPES] ?? {});
    const attributes = {};
    for (const [name, v] of Object.entries(headers)) {
        if (name.startsWith('x-sqs-') || BROKER_HEADERS.has(name))
            continue;
        const t = types[name];
        const declared = typeof t === 'string' ? t : t instanceof Uint8Array ? Buffer.from(t).toString() : undefined;
        if (v instanceof Uint8Array) {
            attributes[name] = { DataType: declared ?? 'Binary', BinaryValue: Buffer.from(v) };
        }
        else if (typeof v === 'string') {
            attributes[name] = { DataType: declared ?? 'String', StringValue: v };
        }
        else if (typeof v === 'number' || typeof v === 'bigint') {
            attributes[name] = { DataType: declared ?? 'Number', StringValue: String(v) };
        }
        else if (typeof v === 'boolean') {
            attributes[name] = { DataType: 'String', StringValue: String(v) };
        }
    }
    const str = (v) => typeof v === 'string' ? v : v instanceof Uint8Array ? Buffer.from(v).toString() : undefined;
    return {
        messageId: typeof id === 'string' && id !== '' ? id : fallbackId(),
        attributes,
        groupId: str(headers[H_GROUP]),
        dedupId: str(headers[H_DEDUP]),
        sequence: str(headers[H_SEQUENCE]),
        trace: str(headers[H_TRACE]),
        sender: str(headers[H_SENDER]),
        dlqSource: str(headers[H_DLQ_SOURCE]),
        subject: str(headers[H_SUBJECT]),
        deadFrom: lastDeathQueue(headers['x-death']),
    };
}
/** Headers the broker itself sets: not message attributes. */
const BROKER_HEADERS = new Set([
    'x-death',
    'x-delivery-count',
    'x-delay',
    'x-first-death-queue',
    'x-first-death-reason',
    'x-first-death-exchange',
    'x-last-death-queue',
    'x-last-death-reason',
    'x-last-death-exchange',
]);
function lastDeathQueue(v) {
    if (!Array.isArray(v) || v.length === 0)
        return undefined;
    const q = v[0]?.queue;
    return typeof q === 'string' ? q : q instanceof Uint8Array ? Buffer.from(q).toString() : undefined;
}
export function newMessageId() {
    return randomUUID();
}
/** A stable UUID-shaped id for a message that came without one (published over AMQP). */
export function derivedMessageId(queue, position, timestamp) {
    const h = createHash('md5').update(`${queue}\u0000${position}\u0000${timestamp}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
/** Does a MessageAttributeNames / AttributeNames request list select `name`? */
export function selects(list, name) {
    if (!list || list.length === 0)
        return false;
    for (const n of list) {
        if (n === 'All' || n === '.*' || n === name)
            return true;
        if (n.endsWith('.*') && name.startsWith(n.slice(0, -1)))
            return true;
    }
    return false;
}
//# sourceMappingURL=message-map.js.map