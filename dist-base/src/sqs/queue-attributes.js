// SQS queue attributes: names, ranges and defaults (CreateQueue / SetQueueAttributes docs),
// checked into the strings SQS itself answers with. Read-only attributes are computed by the
// caller from the engine queue.
import { AwsError } from './codec/index.js';
/** Integer attributes, their ranges and defaults. */
export const INT_ATTRIBUTES = {
    VisibilityTimeout: { min: 0, max: 43_200, dflt: 30 },
    DelaySeconds: { min: 0, max: 900, dflt: 0 },
    MaximumMessageSize: { min: 1024, max: 1_048_576, dflt: 262_144 },
    MessageRetentionPeriod: { min: 60, max: 1_209_600, dflt: 345_600 },
    ReceiveMessageWaitTimeSeconds: { min: 0, max: 20, dflt: 0 },
    KmsDataKeyReusePeriodSeconds: { min: 60, max: 86_400, dflt: 300 },
};
/** Settable attributes that are not integers (KMS/SSE and Policy: kept and shown, not enforced). */
const OTHER_SETTABLE = new Set([
    'RedrivePolicy',
    'RedriveAllowPolicy',
    'Policy',
    'KmsMasterKeyId',
    'SqsManagedSseEnabled',
    'ContentBasedDeduplication',
    'DeduplicationScope',
    'FifoThroughputLimit',
]);
export const READ_ONLY = [
    'ApproximateNumberOfMessages',
    'ApproximateNumberOfMessagesNotVisible',
    'ApproximateNumberOfMessagesDelayed',
    'CreatedTimestamp',
    'LastModifiedTimestamp',
    'QueueArn',
];
/** Every name GetQueueAttributes knows (All expands to those that have a value). */
export const ALL_NAMES = new Set([
    ...Object.keys(INT_ATTRIBUTES),
    ...OTHER_SETTABLE,
    ...READ_ONLY,
    'FifoQueue',
]);
const FIFO_ONLY = new Set(['ContentBasedDeduplication', 'DeduplicationScope', 'FifoThroughputLimit']);
function invalidValue(name, why = '') {
    return new AwsError('InvalidAttributeValue', `Invalid value for the parameter ${name}.${why ? ` Reason: ${why}` : ''}`);
}
/**
 * Checks attributes given to CreateQueue or SetQueueAttributes and returns them normalized
 * (integers without leading zeros, booleans lower-case). `creating` allows FifoQueue.
 */
export function checkAttributes(given, fifo, creating) {
    const out = {};
    for (const [name, raw] of Object.entries(given)) {
        const value = String(raw);
        const range = INT_ATTRIBUTES[name];
        if (range) {
            if (!/^-?\d+$/.test(value.trim()))
                throw invalidValue(name);
            const n = Number(value);
            if (n < range.min || n > range.max)
                throw invalidValue(name);
            out[name] = String(n);
            continue;
        }
        if (name === 'FifoQueue') {
            if (!creating)
                throw new AwsError('InvalidAttributeName', `Unknown Attribute ${name}.`);
            if (value.toLowerCase() !== 'true' && value.toLowerCase() !== 'false')
                throw invalidValue(name);
            out[name] = value.toLowerCase();
            continue;
        }
        if (!OTHER_SETTABLE.has(name))
            throw new AwsError('InvalidAttributeName', `Unknown Attribute ${name}.`);
        if (FIFO_ONLY.has(name) && !fifo)
            throw new AwsError('InvalidAttributeName', `Unknown Attribute ${name}.`);
        if (name === 'ContentBasedDeduplication' || name === 'SqsManagedSseEnabled') {
            const v = value.toLowerCase();
            if (v !== 'true' && v !== 'false')
                throw invalidValue(name);
            out[name] = v;
        }
        else if (name === 'DeduplicationScope') {
            if (value !== 'messageGroup' && value !== 'queue')
                throw invalidValue(name);
            out[name] = value;
        }
        else if (name === 'FifoThroughputLimit') {
            if (value !== 'perQueue' && value !== 'perMessageGroupId')
                throw invalidValue(name);
            out[name] = value;
        }
        else if (name === 'RedrivePolicy') {
            if (value !== '')
                parseRedrivePolicy(value);
            out[name] = value;
        }
        else if (name === 'RedriveAllowPolicy') {
            if (value !== '')
                parseRedriveAllowPolicy(value);
            out[name] = value;
        }
        else {
            out[name] = value;
        }
    }
    return out;
}
export function parseRedrivePolicy(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw invalidValue('RedrivePolicy', 'Invalid JSON.');
    }
    const o = v;
    const arn = o?.deadLetterTargetArn;
    const count = Number(o?.maxReceiveCount);
    if (typeof arn !== 'string' || arn === '')
        throw invalidValue('RedrivePolicy', 'Redrive policy does not contain mandatory attribute: deadLetterTargetArn.');
    if (!Number.isInteger(count) || count < 1 || count > 1000)
        throw invalidValue('RedrivePolicy', 'Invalid value for maxReceiveCount: must be an integer from 1 to 1000.');
    return { deadLetterTargetArn: arn, maxReceiveCount: count };
}
export function parseRedriveAllowPolicy(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw invalidValue('RedriveAllowPolicy', 'Invalid JSON.');
    }
    const o = v;
    const p = o?.redrivePermission;
    if (p !== 'allowAll' && p !== 'denyAll' && p !== 'byQueue')
        throw invalidValue('RedriveAllowPolicy', 'redrivePermission must be allowAll, denyAll or byQueue.');
    const arns = Array.isArray(o.sourceQueueArns) ? o.sourceQueueArns.map(String) : [];
    if (p === 'byQueue' && (arns.length === 0 || arns.length > 10))
        throw invalidValue('RedriveAllowPolicy', 'byQueue needs 1 to 10 sourceQueueArns.');
    return { redrivePermission: p, sourceQueueArns: arns };
}
/** An integer attribute's value in effect (the stored one or the default). */
export function intAttribute(attrs, name) {
    const v = attrs[name];
    return v === undefined ? INT_ATTRIBUTES[name].dflt : Number(v);
}
//# sourceMappingURL=queue-attributes.js.map