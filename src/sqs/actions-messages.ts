// Message actions: SendMessage(Batch), ReceiveMessage, DeleteMessage(Batch),
// ChangeMessageVisibility(Batch), on the engine's publish (answered once synced) and pull
// reads (leases: a receipt handle names one lease of one queue incarnation).
import { decodeHead, type Message, type PublishTarget, type Queue } from '../broker/index.js';
import {
  AwsError,
  md5OfBody,
  md5OfMessageAttributes,
  md5OfMessageSystemAttributes,
  type MessageAttributeValue,
} from './codec/index.js';
import type { ActionContext, ActionHandler } from './context.js';
import {
  decodeSqsProperties,
  derivedMessageId,
  encodeSqsProperties,
  newMessageId,
  selects,
} from './message-map.js';
import { intAttribute, parseRedrivePolicy } from './queue-attributes.js';
import { resolveQueue, type ResolvedQueue } from './resolve.js';

function receiptHandle(ctx: ActionContext, q: Queue, leaseId: number): string {
  return Buffer.from(`${ctx.front.queues.incarnation(q)}:${leaseId.toString(36)}`).toString('base64url');
}

function leaseOf(ctx: ActionContext, q: Queue, handle: unknown): number {
  const invalid = () =>
    new AwsError(
      'ReceiptHandleIsInvalid',
      `The input receipt handle "${String(handle)}" is not a valid receipt handle.`,
    );
  if (typeof handle !== 'string' || handle === '') {
    throw new AwsError('MissingParameter', 'The request must contain the parameter ReceiptHandle.');
  }
  const text = Buffer.from(handle, 'base64url').toString();
  const colon = text.indexOf(':');
  if (colon < 0) throw invalid();
  const id = parseInt(text.slice(colon + 1), 36);
  if (!Number.isSafeInteger(id) || text.slice(0, colon) !== ctx.front.queues.incarnation(q)) throw invalid();
  return id;
}

// SQS's allowed characters: #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF
// eslint-disable-next-line no-control-regex
const INVALID_CHARS = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

interface SendInput {
  MessageBody?: unknown;
  DelaySeconds?: unknown;
  MessageAttributes?: unknown;
  MessageSystemAttributes?: unknown;
  MessageDeduplicationId?: unknown;
  MessageGroupId?: unknown;
}

function checkAttributes(attrs: unknown): Record<string, MessageAttributeValue> {
  const out: Record<string, MessageAttributeValue> = {};
  if (!attrs || typeof attrs !== 'object') return out;
  const entries = Object.entries(attrs as Record<string, MessageAttributeValue>);
  if (entries.length > 10) {
    throw new AwsError(
      'InvalidParameterValue',
      'Number of message attributes [' + entries.length + '] exceeds the allowed maximum [10].',
    );
  }
  for (const [name, a] of entries) {
    if (
      !/^[A-Za-z0-9_.-]{1,256}$/.test(name) ||
      name.startsWith('.') ||
      name.endsWith('.') ||
      name.includes('..') ||
      /^(aws\.|amazon\.)/i.test(name)
    ) {
      throw new AwsError('InvalidParameterValue', `Message attribute name '${name}' is invalid.`);
    }
    const type = a?.DataType;
    if (typeof type !== 'string' || type === '') {
      throw new AwsError(
        'InvalidParameterValue',
        `The message attribute '${name}' must contain a non-empty message attribute type.`,
      );
    }
    const base = type.split('.')[0];
    if (base !== 'String' && base !== 'Number' && base !== 'Binary') {
      throw new AwsError(
        'InvalidParameterValue',
        `The type of message attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`,
      );
    }
    if (base === 'Binary') {
      if (!a.BinaryValue || a.BinaryValue.length === 0) {
        throw new AwsError(
          'InvalidParameterValue',
          `The message attribute '${name}' with type 'Binary' must use field 'Binary'.`,
        );
      }
      out[name] = { DataType: type, BinaryValue: a.BinaryValue };
    } else {
      if (typeof a.StringValue !== 'string' || a.StringValue === '') {
        throw new AwsError(
          'InvalidParameterValue',
          `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${type}'.`,
        );
      }
      if (base === 'Number' && !Number.isFinite(Number(a.StringValue))) {
        throw new AwsError(
          'InvalidParameterValue',
          `Can't cast the value of message attribute '${name}' to a number.`,
        );
      }
      out[name] = { DataType: type, StringValue: a.StringValue };
    }
  }
  return out;
}

function attributesSize(attrs: Record<string, MessageAttributeValue>): number {
  let n = 0;
  for (const [name, a] of Object.entries(attrs)) {
    n += Buffer.byteLength(name) + Buffer.byteLength(a.DataType);
    n += a.BinaryValue ? a.BinaryValue.length : Buffer.byteLength(a.StringValue ?? '');
  }
  return n;
}

interface Prepared {
  msg: Message;
  out: Record<string, unknown>;
}

/** Checks one message of SendMessage(Batch) and builds its engine message and answer. */
function prepare(ctx: ActionContext, r: ResolvedQueue, input: SendInput): Prepared {
  const body = input.MessageBody;
  if (typeof body !== 'string') {
    throw new AwsError('MissingParameter', 'The request must contain the parameter MessageBody.');
  }
  if (body === '')
    throw new AwsError('InvalidParameterValue', 'The request must contain a non-empty message body.');
  if (INVALID_CHARS.test(body)) {
    throw new AwsError(
      'InvalidMessageContents',
      'Invalid binary character in the message body. Only #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF are allowed.',
    );
  }
  const attributes = checkAttributes(input.MessageAttributes);
  const meta = ctx.front.queues.metaOrDefault(r.vhostName, r.name);
  const max = intAttribute(meta.attributes, 'MaximumMessageSize');
  const bodyBytes = Buffer.from(body, 'utf8');
  if (bodyBytes.length + attributesSize(attributes) > max) {
    throw new AwsError(
      'InvalidParameterValue',
      `One or more parameters are invalid. Reason: Message must be shorter than ${max} bytes.`,
    );
  }
  const delay = input.DelaySeconds;
  if (delay !== undefined && delay !== null) {
    const d = Number(delay);
    if (!Number.isInteger(d) || d < 0 || d > 900) {
      throw new AwsError(
        'InvalidParameterValue',
        `Value ${String(delay)} for parameter DelaySeconds is invalid. Reason: must be between 0 and 900, if provided.`,
      );
    }
    if (d > 0) throw new AwsError('UnsupportedOperation', 'DelaySeconds above 0 is not supported yet.');
  }
  const system = (input.MessageSystemAttributes ?? {}) as Record<string, MessageAttributeValue>;
  const trace = system.AWSTraceHeader?.StringValue;
  const messageId = newMessageId();
  const properties = encodeSqsProperties(ctx.front.broker.config.format, {
    messageId,
    attributes,
    groupId: typeof input.MessageGroupId === 'string' ? input.MessageGroupId : undefined,
    dedupId: typeof input.MessageDeduplicationId === 'string' ? input.MessageDeduplicationId : undefined,
    trace,
    sender: ctx.accessKey,
  });
  const out: Record<string, unknown> = { MD5OfMessageBody: md5OfBody(body), MessageId: messageId };
  const md5a = md5OfMessageAttributes(attributes);
  if (md5a !== undefined) out.MD5OfMessageAttributes = md5a;
  if (trace !== undefined)
    out.MD5OfMessageSystemAttributes = md5OfMessageSystemAttributes({
      AWSTraceHeader: system.AWSTraceHeader,
    });
  return {
    msg: {
      exchange: '',
      routingKey: r.name,
      properties,
      body: bodyBytes,
      persistent: true,
      timestamp: Date.now(),
    },
    out,
  };
}

/** Publishes and resolves once every durable copy is synced (the answer waits for it). */
function publishSynced(r: ResolvedQueue, msg: Message): Promise<void> {
  const targets: PublishTarget[] = [];
  const accepted = r.vhost.publish(msg, targets);
  if (!accepted) {
    return Promise.reject(
      new AwsError('ServiceUnavailable', `queue '${r.name}' refused the message (full or out of disk space)`),
    );
  }
  if (targets.length === 0)
    return Promise.reject(new AwsError('QueueDoesNotExist', 'The specified queue does not exist.'));
  return Promise.all(
    targets.map(
      (t) =>
        new Promise<void>((resolve, reject) =>
          t.sync((err) => (err ? reject(new AwsError('InternalFailure', err.message)) : resolve())),
        ),
    ),
  ).then(() => undefined);
}

const sendMessage: ActionHandler = async (ctx) => {
  const r = resolveQueue(ctx, 'write');
  const p = prepare(ctx, r, ctx.input as SendInput);
  await publishSynced(r, p.msg);
  return p.out;
};

interface BatchEntry {
  Id?: unknown;
  [k: string]: unknown;
}

/** The batch rules every *Batch action shares. */
function checkBatch(entries: unknown): BatchEntry[] {
  const list = (entries ?? []) as BatchEntry[];
  if (!Array.isArray(list) || list.length === 0) {
    throw new AwsError(
      'EmptyBatchRequest',
      'There should be at least one SendMessageBatchRequestEntry in the request.',
    );
  }
  if (list.length > 10) {
    throw new AwsError(
      'TooManyEntriesInBatchRequest',
      `Maximum number of entries per request are 10. You have sent ${list.length}.`,
    );
  }
  const seen = new Set<string>();
  for (const e of list) {
    const id = e.Id;
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,80}$/.test(id)) {
      throw new AwsError(
        'InvalidBatchEntryId',
        'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
      );
    }
    if (seen.has(id)) throw new AwsError('BatchEntryIdsNotDistinct', `Id ${id} repeated.`);
    seen.add(id);
  }
  return list;
}

function failed(id: unknown, err: unknown): Record<string, unknown> {
  const e =
    err instanceof AwsError ? err : new AwsError('InternalFailure', (err as Error)?.message ?? String(err));
  return {
    Id: id,
    SenderFault: e.code !== 'InternalFailure' && e.code !== 'ServiceUnavailable',
    Code: e.code,
    Message: e.message,
  };
}

const sendMessageBatch: ActionHandler = async (ctx) => {
  const r = resolveQueue(ctx, 'write');
  const entries = checkBatch(ctx.input.Entries);
  let total = 0;
  for (const e of entries) total += typeof e.MessageBody === 'string' ? Buffer.byteLength(e.MessageBody) : 0;
  const max = intAttribute(
    ctx.front.queues.metaOrDefault(r.vhostName, r.name).attributes,
    'MaximumMessageSize',
  );
  if (total > Math.max(max, 262_144)) {
    throw new AwsError(
      'BatchRequestTooLong',
      `Batch requests cannot be longer than ${Math.max(max, 262_144)} bytes.`,
    );
  }
  const successful: Record<string, unknown>[] = [];
  const failures: Record<string, unknown>[] = [];
  const pending: Promise<void>[] = [];
  for (const e of entries) {
    try {
      const p = prepare(ctx, r, e as SendInput);
      pending.push(
        publishSynced(r, p.msg).then(
          () => void successful.push({ Id: e.Id, ...p.out }),
          (err) => void failures.push(failed(e.Id, err)),
        ),
      );
    } catch (err) {
      failures.push(failed(e.Id, err));
    }
  }
  await Promise.all(pending);
  const order = new Map(entries.map((e, i) => [e.Id, i]));
  successful.sort((a, b) => order.get(a.Id)! - order.get(b.Id)!);
  return { Successful: successful, Failed: failures };
};

function intParam(v: unknown, name: string, min: number, max: number, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new AwsError(
      'InvalidParameterValue',
      `Value ${String(v)} for parameter ${name} is invalid. Reason: Must be between ${min} and ${max}, if provided.`,
    );
  }
  return n;
}

const receiveMessage: ActionHandler = async (ctx) => {
  const r = resolveQueue(ctx, 'read');
  const attrs = ctx.front.queues.metaOrDefault(r.vhostName, r.name).attributes;
  const max = intParam(ctx.input.MaxNumberOfMessages, 'MaxNumberOfMessages', 1, 10, 1);
  const visibility = intParam(
    ctx.input.VisibilityTimeout,
    'VisibilityTimeout',
    0,
    43_200,
    intAttribute(attrs, 'VisibilityTimeout'),
  );
  const wait = intParam(
    ctx.input.WaitTimeSeconds,
    'WaitTimeSeconds',
    0,
    20,
    intAttribute(attrs, 'ReceiveMessageWaitTimeSeconds'),
  );
  const maxDeliveries = attrs.RedrivePolicy
    ? parseRedrivePolicy(attrs.RedrivePolicy).maxReceiveCount
    : undefined;
  const leases = await r.q.receive(max, {
    leaseMs: visibility * 1000,
    waitMs: wait * 1000,
    signal: ctx.signal,
    maxDeliveries,
  });
  const systemNames = [
    ...((ctx.input.AttributeNames as string[] | undefined) ?? []),
    ...((ctx.input.MessageSystemAttributeNames as string[] | undefined) ?? []),
  ];
  const attributeNames = (ctx.input.MessageAttributeNames as string[] | undefined) ?? [];
  const format = ctx.front.broker.config.format;
  const messages = leases.map((l) => {
    const props = decodeHead(l.head, l.flags).properties;
    const m = decodeSqsProperties(format, props, () => derivedMessageId(r.name, l.position, l.timestamp));
    const body = l.body.toString('utf8');
    const out: Record<string, unknown> = {
      MessageId: m.messageId,
      ReceiptHandle: receiptHandle(ctx, r.q, l.id),
      MD5OfBody: md5OfBody(body),
      Body: body,
    };
    const system: Record<string, string | undefined> = {
      SenderId: m.sender ?? 'AIDAWHARF',
      SentTimestamp: String(l.timestamp),
      ApproximateReceiveCount: String(l.deliveryCount),
      ApproximateFirstReceiveTimestamp: String(l.firstDeliveredAt),
      MessageGroupId: m.groupId,
      MessageDeduplicationId: m.dedupId,
      SequenceNumber: m.sequence,
      AWSTraceHeader: m.trace,
      DeadLetterQueueSourceArn: m.dlqSource,
    };
    const a: Record<string, string> = {};
    for (const [k, v] of Object.entries(system)) if (v !== undefined && selects(systemNames, k)) a[k] = v;
    if (Object.keys(a).length > 0) out.Attributes = a;
    const ma: Record<string, MessageAttributeValue> = {};
    for (const [k, v] of Object.entries(m.attributes)) if (selects(attributeNames, k)) ma[k] = v;
    if (Object.keys(ma).length > 0) {
      out.MessageAttributes = ma;
      out.MD5OfMessageAttributes = md5OfMessageAttributes(ma);
    }
    return out;
  });
  return messages.length > 0 ? { Messages: messages } : {};
};

function deleteOne(ctx: ActionContext, r: ResolvedQueue, handle: unknown): void {
  const id = leaseOf(ctx, r.q, handle);
  // a stale handle (the message was received again since) succeeds without deleting, as SQS says
  r.q.pull.ack(id);
}

const deleteMessage: ActionHandler = (ctx) => {
  const r = resolveQueue(ctx, 'read');
  deleteOne(ctx, r, ctx.input.ReceiptHandle);
  return {};
};

const deleteMessageBatch: ActionHandler = (ctx) => {
  const r = resolveQueue(ctx, 'read');
  const entries = checkBatch(ctx.input.Entries);
  const successful: Record<string, unknown>[] = [];
  const failures: Record<string, unknown>[] = [];
  for (const e of entries) {
    try {
      deleteOne(ctx, r, e.ReceiptHandle);
      successful.push({ Id: e.Id });
    } catch (err) {
      failures.push(failed(e.Id, err));
    }
  }
  return { Successful: successful, Failed: failures };
};

function changeOne(ctx: ActionContext, r: ResolvedQueue, handle: unknown, timeout: unknown): void {
  if (timeout === undefined || timeout === null) {
    throw new AwsError('MissingParameter', 'The request must contain the parameter VisibilityTimeout.');
  }
  const seconds = intParam(timeout, 'VisibilityTimeout', 0, 43_200, 0);
  const id = leaseOf(ctx, r.q, handle);
  if (!r.q.pull.extend(id, seconds * 1000)) {
    throw new AwsError(
      'MessageNotInflight',
      `Value ${String(handle)} for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not available for visibility timeout change.`,
    );
  }
}

const changeMessageVisibility: ActionHandler = (ctx) => {
  const r = resolveQueue(ctx, 'read');
  changeOne(ctx, r, ctx.input.ReceiptHandle, ctx.input.VisibilityTimeout);
  return {};
};

const changeMessageVisibilityBatch: ActionHandler = (ctx) => {
  const r = resolveQueue(ctx, 'read');
  const entries = checkBatch(ctx.input.Entries);
  const successful: Record<string, unknown>[] = [];
  const failures: Record<string, unknown>[] = [];
  for (const e of entries) {
    try {
      changeOne(ctx, r, e.ReceiptHandle, e.VisibilityTimeout);
      successful.push({ Id: e.Id });
    } catch (err) {
      failures.push(failed(e.Id, err));
    }
  }
  return { Successful: successful, Failed: failures };
};

export const MESSAGE_ACTIONS: Record<string, ActionHandler> = {
  SendMessage: sendMessage,
  SendMessageBatch: sendMessageBatch,
  ReceiveMessage: receiveMessage,
  DeleteMessage: deleteMessage,
  DeleteMessageBatch: deleteMessageBatch,
  ChangeMessageVisibility: changeMessageVisibility,
  ChangeMessageVisibilityBatch: changeMessageVisibilityBatch,
};
