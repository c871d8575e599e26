// Message actions: SendMessage(Batch), ReceiveMessage, DeleteMessage(Batch),
// ChangeMessageVisibility(Batch), on the engine's publish (answered once synced) and pull
// reads (leases: a receipt handle names one lease of one queue incarnation, and the delivery
// it was, so that it still deletes the message after a restart of the broker).
import { isUtf8 } from 'node:buffer';
import { decodeHead, } from '../broker/index.js';
import { AwsError, md5Hex, md5OfBody, md5OfMessageAttributes, md5OfMessageSystemAttributes, } from './codec/index.js';
import { heldWhileAlarmed } from './context.js';
import { decodeSqsProperties, derivedMessageId, encodeSqsProperties, H_GROUP, newMessageId, selects, } from './message-map.js';
import { DEDUP_WINDOW_MS, FIFO_SCAN_LIMIT, FifoState } from './fifo.js';
import { intAttribute, parseRedrivePolicy } from './queue-attributes.js';
import { isFifoName } from './sqs-queues.js';
import { resolveQueue } from './resolve.js';
/** incarnation : lease id : position key : delivery count (the last three in base 36) */
function receiptHandle(ctx, q, l) {
    const key = l.position * 256 + l.level;
    return Buffer.from(`${ctx.front.queues.incarnation(q)}:${l.id.toString(36)}:${key.toString(36)}:${l.deliveryCount.toString(36)}`).toString('base64url');
}
function leaseOf(ctx, q, handle) {
    const invalid = () => new AwsError('ReceiptHandleIsInvalid', `The input receipt handle "${String(handle)}" is not a valid receipt handle.`);
    if (typeof handle !== 'string' || handle === '') {
        throw new AwsError('MissingParameter', 'The request must contain the parameter ReceiptHandle.');
    }
    const parts = Buffer.from(handle, 'base64url').toString().split(':');
    if (parts.length !== 4 || parts[0] !== ctx.front.queues.incarnation(q))
        throw invalid();
    const [id, key, count] = parts.slice(1).map((p) => (/^[0-9a-z]{1,11}$/.test(p) ? parseInt(p, 36) : NaN));
    if (![id, key, count].every(Number.isSafeInteger))
        throw invalid();
    return { id, key, count };
}
// SQS's allowed characters: #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF
// eslint-disable-next-line no-control-regex
const INVALID_CHARS = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
function checkAttributes(attrs) {
    const out = {};
    if (!attrs || typeof attrs !== 'object')
        return out;
    const entries = Object.entries(attrs);
    if (entries.length > 10) {
        throw new AwsError('InvalidParameterValue', 'Number of message attributes [' + entries.length + '] exceeds the allowed maximum [10].');
    }
    for (const [name, a] of entries) {
        if (!/^[A-Za-z0-9_.-]{1,256}$/.test(name) ||
            name.startsWith('.') ||
            name.endsWith('.') ||
            name.includes('..') ||
            /^(aws\.|amazon\.)/i.test(name)) {
            throw new AwsError('InvalidParameterValue', `Message attribute name '${name}' is invalid.`);
        }
        const type = a?.DataType;
        if (typeof type !== 'string' || type === '') {
            throw new AwsError('InvalidParameterValue', `The message attribute '${name}' must contain a non-empty message attribute type.`);
        }
        const base = type.split('.')[0];
        if (base !== 'String' && base !== 'Number' && base !== 'Binary') {
            throw new AwsError('InvalidParameterValue', `The type of message attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`);
        }
        if (base === 'Binary') {
            if (!a.BinaryValue || a.BinaryValue.length === 0) {
                throw new AwsError('InvalidParameterValue', `The message attribute '${name}' with type 'Binary' must use field 'Binary'.`);
            }
            out[name] = { DataType: type, BinaryValue: a.BinaryValue };
        }
        else {
            if (typeof a.StringValue !== 'string' || a.StringValue === '') {
                throw new AwsError('InvalidParameterValue', `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${type}'.`);
            }
            if (base === 'Number' && !Number.isFinite(Number(a.StringValue))) {
                throw new AwsError('InvalidParameterValue', `Can't cast the value of message attribute '${name}' to a number.`);
            }
            out[name] = { DataType: type, StringValue: a.StringValue };
        }
    }
    return out;
}
function attributesSize(attrs) {
    let n = 0;
    for (const [name, a] of Object.entries(attrs)) {
        n += Buffer.byteLength(name) + Buffer.byteLength(a.DataType);
        n += a.BinaryValue ? a.BinaryValue.length : Buffer.byteLength(a.StringValue ?? '');
    }
    return n;
}
function checkFifoId(v, name) {
    if (!/^[\x21-\x7e]{1,128}$/.test(v)) {
        throw new AwsError('InvalidParameterValue', `Value ${v} for parameter ${name} is invalid. Reason: it must be 1-128 characters from alphanumeric and punctuation.`);
    }
}
/** Stores a prepared message (unless a FIFO duplicate) and resolves once synced. */
async function store(ctx, r, p) {
    if (p.duplicate)
        return;
    try {
        const fifo = p.dedupKey === undefined ? undefined : ctx.front.queues.fifo(r.q);
        // a FIFO send is answered once its dedup key and sequence number are on disk too
        await publishSynced(ctx, r, p.msg, fifo);
    }
    catch (err) {
        if (p.dedupKey !== undefined)
            ctx.front.queues.fifo(r.q).forget(p.dedupKey);
        throw err;
    }
    if (p.delaySeconds > 0)
        ctx.front.queues.delayed(r.q, p.delaySeconds * 1000);
}
/** Checks one message of SendMessage(Batch) and builds its engine message and answer. */
function prepare(ctx, r, meta, input) {
    const body = input.MessageBody;
    if (typeof body !== 'string') {
        throw new AwsError('MissingParameter', 'The request must contain the parameter MessageBody.');
    }
    if (body === '')
        throw new AwsError('InvalidParameterValue', 'The request must contain a non-empty message body.');
    if (INVALID_CHARS.test(body)) {
        throw new AwsError('InvalidMessageContents', 'Invalid binary character in the message body. Only #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF are allowed.');
    }
    const attributes = checkAttributes(input.MessageAttributes);
    const max = intAttribute(meta.attributes, 'MaximumMessageSize');
    const bodyBytes = Buffer.from(body, 'utf8');
    if (bodyBytes.length + attributesSize(attributes) > max) {
        throw new AwsError('InvalidParameterValue', `One or more parameters are invalid. Reason: Message must be shorter than ${max} bytes.`);
    }
    const fifo = isFifoName(r.name);
    let delay = intAttribute(meta.attributes, 'DelaySeconds');
    if (input.DelaySeconds !== undefined && input.DelaySeconds !== null) {
        const d = Number(input.DelaySeconds);
        if (!Number.isInteger(d) || d < 0 || d > 900) {
            throw new AwsError('InvalidParameterValue', `Value ${String(input.DelaySeconds)} for parameter DelaySeconds is invalid. Reason: must be between 0 and 900, if provided.`);
        }
        if (fifo && d !== 0) {
            throw new AwsError('InvalidParameterValue', `Value ${d} for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.`);
        }
        delay = d;
    }
    const groupId = typeof input.MessageGroupId === 'string' ? input.MessageGroupId : undefined;
    let dedupId = typeof input.MessageDeduplicationId === 'string' ? input.MessageDeduplicationId : undefined;
    if (groupId !== undefined)
        checkFifoId(groupId, 'MessageGroupId');
    if (dedupId !== undefined)
        checkFifoId(dedupId, 'MessageDeduplicationId');
    let duplicateOf;
    let dedupKey;
    let sequence;
    if (fifo) {
        if (groupId === undefined) {
            throw new AwsError('MissingParameter', 'The request must contain the parameter MessageGroupId.');
        }
        if (dedupId === undefined) {
            if (meta.attributes.ContentBasedDeduplication !== 'true') {
                throw new AwsError('InvalidParameterValue', 'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
            }
            dedupId = FifoState.contentDedupId(body);
        }
        const state = ctx.front.queues.fifo(r.q);
        dedupKey = meta.attributes.DeduplicationScope === 'messageGroup' ? `${groupId}\u0000${dedupId}` : dedupId;
        const now = Date.now();
        duplicateOf = state.duplicate(dedupKey, now);
        if (!duplicateOf) {
            sequence = state.nextSequence();
            // remembered now, so a second entry of the same batch is a duplicate of the first
            state.remember(dedupKey, '', sequence, now);
        }
    }
    else if (dedupId !== undefined) {
        throw new AwsError('InvalidParameterValue', 'The request include parameter MessageDeduplicationId which is not valid for this queue type');
    }
    const system = (input.MessageSystemAttributes ?? {});
    const trace = system.AWSTraceHeader?.StringValue;
    const messageId = duplicateOf?.messageId ?? newMessageId();
    if (dedupKey !== undefined && !duplicateOf)
        ctx.front.queues.fifo(r.q).remember(dedupKey, messageId, sequence, Date.now());
    const properties = encodeSqsProperties(ctx.front.broker.config.format, {
        messageId,
        attributes,
        groupId,
        dedupId,
        sequence,
        trace,
        sender: ctx.accessKey,
        delayMs: delay * 1000,
    });
    const out = { MD5OfMessageBody: md5Hex(bodyBytes), MessageId: messageId };
    if (fifo)
        out.SequenceNumber = duplicateOf?.sequence ?? sequence;
    const md5a = md5OfMessageAttributes(attributes);
    if (md5a !== undefined)
        out.MD5OfMessageAttributes = md5a;
    if (trace !== undefined)
        out.MD5OfMessageSystemAttributes = md5OfMessageSystemAttributes({
            AWSTraceHeader: system.AWSTraceHeader,
        });
    return {
        duplicate: duplicateOf !== undefined,
        dedupKey,
        delaySeconds: delay,
        msg: {
            exchange: delay > 0 ? ctx.front.queues.delayExchange(r.vhost, r.name) : '',
            routingKey: r.name,
            properties,
            body: bodyBytes,
            persistent: true,
            timestamp: Date.now(),
        },
        out,
    };
}
/**
 * Publishes with a receipt (the engine's) and resolves once every durable copy is synced, and
 * `also` (a FIFO queue's ledger) with it: the answer waits for it.
 */
function publishSynced(ctx, r, msg, also) {
    const receipts = ctx.front.broker.receipts;
    const o = receipts.publish(r.vhost, msg);
    if (!o.accepted) {
        return Promise.reject(new AwsError('ServiceUnavailable', `queue '${r.name}' refused the message (full or out of disk space)`));
    }
    if (o.routed === 0)
        return Promise.reject(new AwsError('QueueDoesNotExist', 'The specified queue does not exist.'));
    if (also)
        receipts.needsSync(also);
    return receipts.synced().catch((err) => {
        // the ledger's own sync failing never failed a send: the message is stored and synced
        if (also !== undefined && err.failed.size === 1 && err.failed.has(also))
            return;
        throw new AwsError('InternalFailure', err.message);
    });
}
const sendMessage = async (ctx) => {
    const r = resolveQueue(ctx, 'write');
    const p = prepare(ctx, r, ctx.front.queues.metaOrDefault(r.vhostName, r.name), ctx.input);
    await store(ctx, r, p);
    return p.out;
};
/** The batch rules every *Batch action shares. */
function checkBatch(entries) {
    const list = (entries ?? []);
    if (!Array.isArray(list) || list.length === 0) {
        throw new AwsError('EmptyBatchRequest', 'There should be at least one SendMessageBatchRequestEntry in the request.');
    }
    if (list.length > 10) {
        throw new AwsError('TooManyEntriesInBatchRequest', `Maximum number of entries per request are 10. You have sent ${list.length}.`);
    }
    const seen = new Set();
    for (const e of list) {
        const id = e.Id;
        if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,80}$/.test(id)) {
            throw new AwsError('InvalidBatchEntryId', 'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.');
        }
        if (seen.has(id))
            throw new AwsError('BatchEntryIdsNotDistinct', `Id ${id} repeated.`);
        seen.add(id);
    }
    return list;
}
function failed(id, err) {
    const e = err instanceof AwsError ? err : new AwsError('InternalFailure', err?.message ?? String(err));
    return {
        Id: id,
        SenderFault: e.code !== 'InternalFailure' && e.code !== 'ServiceUnavailable',
        Code: e.code,
        Message: e.message,
    };
}
const sendMessageBatch = async (ctx) => {
    const r = resolveQueue(ctx, 'write');
    const entries = checkBatch(ctx.input.Entries);
    let total = 0;
    for (const e of entries)
        total += typeof e.MessageBody === 'string' ? Buffer.byteLength(e.MessageBody) : 0;
    const meta = ctx.front.queues.metaOrDefault(r.vhostName, r.name);
    const max = intAttribute(meta.attributes, 'MaximumMessageSize');
    if (total > Math.max(max, 262_144)) {
        throw new AwsError('BatchRequestTooLong', `Batch requests cannot be longer than ${Math.max(max, 262_144)} bytes.`);
    }
    const successful = [];
    const failures = [];
    const pending = [];
    for (const e of entries) {
        try {
            const p = prepare(ctx, r, meta, e);
            pending.push(store(ctx, r, p).then(() => void successful.push({ Id: e.Id, ...p.out }), (err) => void failures.push(failed(e.Id, err))));
        }
        catch (err) {
            failures.push(failed(e.Id, err));
        }
    }
    await Promise.all(pending);
    const order = new Map(entries.map((e, i) => [e.Id, i]));
    successful.sort((a, b) => order.get(a.Id) - order.get(b.Id));
    return { Successful: successful, Failed: failures };
};
function intParam(v, name, min, max, dflt) {
    if (v === undefined || v === null)
        return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
        throw new AwsError('InvalidParameterValue', `Value ${String(v)} for parameter ${name} is invalid. Reason: Must be between ${min} and ${max}, if provided.`);
    }
    return n;
}
const receiveMessage = async (ctx) => {
    const r = resolveQueue(ctx, 'read');
    const format = ctx.front.broker.config.format;
    const attrs = ctx.front.queues.metaOrDefault(r.vhostName, r.name).attributes;
    const max = intParam(ctx.input.MaxNumberOfMessages, 'MaxNumberOfMessages', 1, 10, 1);
    const visibility = intParam(ctx.input.VisibilityTimeout, 'VisibilityTimeout', 0, 43_200, intAttribute(attrs, 'VisibilityTimeout'));
    const wait = intParam(ctx.input.WaitTimeSeconds, 'WaitTimeSeconds', 0, 20, intAttribute(attrs, 'ReceiveMessageWaitTimeSeconds'));
    const maxDeliveries = attrs.RedrivePolicy
        ? parseRedrivePolicy(attrs.RedrivePolicy).maxReceiveCount
        : undefined;
    const fifo = isFifoName(r.name) ? ctx.front.queues.fifo(r.q) : undefined;
    const attemptId = typeof ctx.input.ReceiveRequestAttemptId === 'string' ? ctx.input.ReceiveRequestAttemptId : undefined;
    if (fifo && attemptId !== undefined) {
        const earlier = fifo.attempts.get(attemptId);
        if (earlier && Date.now() - earlier.at < DEDUP_WINDOW_MS)
            return earlier.output;
    }
    const opts = {
        leaseMs: visibility * 1000,
        waitMs: wait * 1000,
        signal: ctx.signal,
        maxDeliveries,
    };
    const leases = fifo ? await receiveFifo(r.q, fifo, max, opts, format) : await r.q.receive(max, opts);
    const systemNames = [
        ...(ctx.input.AttributeNames ?? []),
        ...(ctx.input.MessageSystemAttributeNames ?? []),
    ];
    const attributeNames = ctx.input.MessageAttributeNames ?? [];
    const messages = leases.map((l) => {
        const props = decodeHead(l.head, l.flags).properties;
        const m = decodeSqsProperties(format, props, () => derivedMessageId(r.name, l.position, l.timestamp));
        const body = l.body.toString('utf8');
        const out = {
            MessageId: m.messageId,
            ReceiptHandle: receiptHandle(ctx, r.q, l),
            Body: body,
            // bytes that are not UTF-8 (an AMQP publisher's) reach the client as U+FFFD: the MD5 is of what it gets
            MD5OfBody: isUtf8(l.body) ? md5Hex(l.body) : md5OfBody(body),
        };
        const system = {
            SenderId: m.sender ?? 'AIDAWHARF',
            SentTimestamp: String(l.timestamp),
            ApproximateReceiveCount: String(l.deliveryCount),
            ApproximateFirstReceiveTimestamp: String(l.firstDeliveredAt),
            MessageGroupId: m.groupId,
            MessageDeduplicationId: m.dedupId,
            SequenceNumber: m.sequence,
            AWSTraceHeader: m.trace,
            DeadLetterQueueSourceArn: m.dlqSource ?? (m.deadFrom === undefined ? undefined : ctx.front.queues.arn(r.vhostName, m.deadFrom)),
        };
        const a = {};
        for (const [k, v] of Object.entries(system))
            if (v !== undefined && selects(systemNames, k))
                a[k] = v;
        if (Object.keys(a).length > 0)
            out.Attributes = a;
        const ma = {};
        for (const [k, v] of Object.entries(m.attributes))
            if (selects(attributeNames, k))
                ma[k] = v;
        if (Object.keys(ma).length > 0) {
            out.MessageAttributes = ma;
            out.MD5OfMessageAttributes = md5OfMessageAttributes(ma);
        }
        return out;
    });
    const output = messages.length > 0 ? { Messages: messages } : {};
    if (fifo && attemptId !== undefined)
        fifo.attempts.set(attemptId, { at: Date.now(), output });
    return output;
};
function groupOf(format, l) {
    const g = format.headers(decodeHead(l.head, l.flags).properties)?.[H_GROUP];
    return typeof g === 'string' ? g : g instanceof Uint8Array ? Buffer.from(g).toString() : '';
}
/**
 * ReceiveMessage on a FIFO queue: messages in order, skipping (and putting back, uncounted)
 * those of groups that have a message in flight, so a group is held until its message is
 * deleted or becomes visible again. Waits for a first message as a long poll does; while
 * every ready message belongs to a held group, it looks again every 50 ms.
 */
async function receiveFifo(q, fifo, max, opts, format) {
    const deadline = Date.now() + (opts.waitMs ?? 0);
    const out = [];
    const groups = [];
    // a message still in flight from before a restart holds its group, as any in flight does
    opts = { ...opts, onHeld: (l) => fifo.leased(groupOf(format, l), l.id) };
    for (;;) {
        const skipped = [];
        let scanned = 0;
        while (out.length < max && scanned < FIFO_SCAN_LIMIT) {
            const [l] = await q.receive(1, { ...opts, waitMs: 0 });
            if (!l)
                break;
            scanned++;
            const g = groupOf(format, l);
            if (!groups.includes(g) && fifo.held(g))
                skipped.push(l);
            else {
                out.push(l);
                groups.push(g);
            }
        }
        for (const l of skipped)
            q.pull.putBack(l.id);
        const left = deadline - Date.now();
        if (out.length > 0 || left <= 0 || opts.signal?.aborted || q.deleted)
            break;
        if (skipped.length === 0) {
            // nothing ready: wait for the next message as any long poll does
            const [l] = await q.receive(1, { ...opts, waitMs: left });
            if (!l)
                break;
            q.pull.putBack(l.id);
        }
        else {
            await new Promise((resolve) => setTimeout(resolve, Math.min(50, left)));
        }
    }
    out.forEach((l, i) => fifo.leased(groups[i], l.id));
    return out;
}
function deleteOne(ctx, r, handle) {
    const h = leaseOf(ctx, r.q, handle);
    // a stale handle (the message was received again since) succeeds without deleting, as SQS says
    if (isLive(r.q, h))
        r.q.pull.ack(h.id);
    else
        r.q.pull.ackDelivery(h.key, h.count);
}
/** Does the handle's lease id name that very delivery? (ids of an earlier run may name another now) */
function isLive(q, h) {
    const l = q.pull.lease(h.id);
    return l !== undefined && l.key === h.key && l.deliveryCount === h.count;
}
const deleteMessage = (ctx) => {
    const r = resolveQueue(ctx, 'read');
    deleteOne(ctx, r, ctx.input.ReceiptHandle);
    return {};
};
const deleteMessageBatch = (ctx) => {
    const r = resolveQueue(ctx, 'read');
    const entries = checkBatch(ctx.input.Entries);
    const successful = [];
    const failures = [];
    for (const e of entries) {
        try {
            deleteOne(ctx, r, e.ReceiptHandle);
            successful.push({ Id: e.Id });
        }
        catch (err) {
            failures.push(failed(e.Id, err));
        }
    }
    return { Successful: successful, Failed: failures };
};
function changeOne(ctx, r, handle, timeout) {
    if (timeout === undefined || timeout === null) {
        throw new AwsError('MissingParameter', 'The request must contain the parameter VisibilityTimeout.');
    }
    const seconds = intParam(timeout, 'VisibilityTimeout', 0, 43_200, 0);
    const h = leaseOf(ctx, r.q, handle);
    const ms = seconds * 1000;
    if (isLive(r.q, h) ? !r.q.pull.extend(h.id, ms) : !r.q.pull.extendDelivery(h.key, h.count, ms)) {
        throw new AwsError('MessageNotInflight', `Value ${String(handle)} for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not available for visibility timeout change.`);
    }
}
const changeMessageVisibility = (ctx) => {
    const r = resolveQueue(ctx, 'read');
    changeOne(ctx, r, ctx.input.ReceiptHandle, ctx.input.VisibilityTimeout);
    return {};
};
const changeMessageVisibilityBatch = (ctx) => {
    const r = resolveQueue(ctx, 'read');
    const entries = checkBatch(ctx.input.Entries);
    const successful = [];
    const failures = [];
    for (const e of entries) {
        try {
            changeOne(ctx, r, e.ReceiptHandle, e.VisibilityTimeout);
            successful.push({ Id: e.Id });
        }
        catch (err) {
            failures.push(failed(e.Id, err));
        }
    }
    return { Successful: successful, Failed: failures };
};
export const MESSAGE_ACTIONS = {
    SendMessage: heldWhileAlarmed(sendMessage),
    SendMessageBatch: heldWhileAlarmed(sendMessageBatch),
    ReceiveMessage: receiveMessage,
    DeleteMessage: deleteMessage,
    DeleteMessageBatch: deleteMessageBatch,
    ChangeMessageVisibility: changeMessageVisibility,
    ChangeMessageVisibilityBatch: changeMessageVisibilityBatch,
};
//# sourceMappingURL=actions-messages.js.map