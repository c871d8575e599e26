// SNS's HTTP/S delivery policy: how often a failed delivery is retried and how far apart,
// from the subscription's DeliveryPolicy, else the topic's (`{"http": {"defaultHealthyRetryPolicy":
// ..., "disableSubscriptionOverrides": ..., "defaultRequestPolicy": ...}}`), else SNS's default
// (3 retries 20 s apart). A retry schedule has SNS's four phases: immediate retries, retries at
// minDelayTarget, a backoff from minDelayTarget to maxDelayTarget, retries at maxDelayTarget.
// Bounded as SNS bounds it: at most 100 retries, delays of 0-3600 s, 3600 s in all.
export const DEFAULT_RETRY = {
    minDelayTarget: 20,
    maxDelayTarget: 20,
    numRetries: 3,
    numNoDelayRetries: 0,
    numMinDelayRetries: 0,
    numMaxDelayRetries: 0,
    backoffFunction: 'linear',
};
export const DEFAULT_CONTENT_TYPE = 'text/plain; charset=UTF-8';
const CONTENT_TYPES = new Set([
    'text/plain',
    'application/json',
    'application/xml',
    'text/html',
    'text/xml',
    'text/plain; charset=UTF-8',
    'application/json; charset=UTF-8',
    'application/xml; charset=UTF-8',
]);
const MAX_RETRIES = 100;
const MAX_TOTAL_S = 3600;
export class DeliveryPolicyError extends Error {
}
function int(v, name, min, max, dflt) {
    if (v === undefined)
        return dflt;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
        throw new DeliveryPolicyError(`${name} must be an integer from ${min} to ${max}`);
    return v;
}
function retryPolicy(o) {
    if (o === undefined)
        return DEFAULT_RETRY;
    if (!o || typeof o !== 'object')
        throw new DeliveryPolicyError('healthyRetryPolicy must be an object');
    const r = o;
    const min = int(r.minDelayTarget, 'minDelayTarget', 0, MAX_TOTAL_S, DEFAULT_RETRY.minDelayTarget);
    const max = int(r.maxDelayTarget, 'maxDelayTarget', min, MAX_TOTAL_S, Math.max(min, 20));
    const p = {
        minDelayTarget: min,
        maxDelayTarget: max,
        numRetries: int(r.numRetries, 'numRetries', 0, MAX_RETRIES, DEFAULT_RETRY.numRetries),
        numNoDelayRetries: int(r.numNoDelayRetries, 'numNoDelayRetries', 0, MAX_RETRIES, 0),
        numMinDelayRetries: int(r.numMinDelayRetries, 'numMinDelayRetries', 0, MAX_RETRIES, 0),
        numMaxDelayRetries: int(r.numMaxDelayRetries, 'numMaxDelayRetries', 0, MAX_RETRIES, 0),
        backoffFunction: 'linear',
    };
    const f = r.backoffFunction ?? 'linear';
    if (f !== 'linear' && f !== 'arithmetic' && f !== 'geometric' && f !== 'exponential')
        throw new DeliveryPolicyError('backoffFunction must be linear, arithmetic, geometric or exponential');
    p.backoffFunction = f;
    if (p.numNoDelayRetries + p.numMinDelayRetries + p.numMaxDelayRetries > p.numRetries)
        throw new DeliveryPolicyError('the phases add up to more than numRetries');
    let total = 0;
    for (let k = 1; k <= p.numRetries; k++)
        total += retryDelaySeconds(p, k) ?? 0;
    if (total > MAX_TOTAL_S)
        throw new DeliveryPolicyError(`the retries take more than ${MAX_TOTAL_S} seconds`);
    return p;
}
function requestContentType(o) {
    const t = o?.headerContentType;
    if (t === undefined)
        return DEFAULT_CONTENT_TYPE;
    if (typeof t !== 'string' || !CONTENT_TYPES.has(t))
        throw new DeliveryPolicyError(`headerContentType ${String(t)} is not supported`);
    return t;
}
function parse(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new DeliveryPolicyError('DeliveryPolicy is not valid JSON');
    }
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw new DeliveryPolicyError('DeliveryPolicy must be a JSON object');
    return v;
}
/** Checks a subscription's DeliveryPolicy attribute (throws DeliveryPolicyError). */
export function checkSubscriptionPolicy(text) {
    const o = parse(text);
    retryPolicy(o.healthyRetryPolicy);
    requestContentType(o.requestPolicy);
}
/** Checks a topic's DeliveryPolicy attribute (throws DeliveryPolicyError). */
export function checkTopicPolicy(text) {
    const http = parse(text).http;
    if (http === undefined)
        return;
    retryPolicy(http.defaultHealthyRetryPolicy);
    requestContentType(http.defaultRequestPolicy);
}
/** The policy in effect for one subscription (texts already checked when they were set). */
export function effectivePolicy(topicPolicy, subscriptionPolicy) {
    let retry = DEFAULT_RETRY;
    let contentType = DEFAULT_CONTENT_TYPE;
    let overrides = true;
    try {
        const http = topicPolicy ? parse(topicPolicy).http : undefined;
        if (http) {
            retry = retryPolicy(http.defaultHealthyRetryPolicy);
            contentType = requestContentType(http.defaultRequestPolicy);
            overrides = http.disableSubscriptionOverrides !== true;
        }
        if (overrides && subscriptionPolicy) {
            const o = parse(subscriptionPolicy);
            if (o.healthyRetryPolicy !== undefined)
                retry = retryPolicy(o.healthyRetryPolicy);
            if (o.requestPolicy !== undefined)
                contentType = requestContentType(o.requestPolicy);
        }
    }
    catch {
        // a policy from an older definitions file that no longer passes: SNS's default applies
    }
    return { retry, contentType };
}
/**
 * Seconds to wait before retry `k` (1 = the first retry, after the first failed attempt);
 * undefined once the policy's retries are spent.
 */
export function retryDelaySeconds(p, k) {
    if (k < 1 || k > p.numRetries)
        return undefined;
    if (k <= p.numNoDelayRetries)
        return 0;
    if (k <= p.numNoDelayRetries + p.numMinDelayRetries)
        return p.minDelayTarget;
    const backoff = p.numRetries - p.numNoDelayRetries - p.numMinDelayRetries - p.numMaxDelayRetries;
    const i = k - p.numNoDelayRetries - p.numMinDelayRetries;
    if (i > backoff)
        return p.maxDelayTarget;
    const min = p.minDelayTarget;
    const span = p.maxDelayTarget - min;
    if (backoff <= 1 || span === 0)
        return backoff === 1 ? p.maxDelayTarget : min;
    // the backoff phase runs from minDelayTarget (its first retry) to maxDelayTarget (its last)
    const x = (i - 1) / (backoff - 1);
    switch (p.backoffFunction) {
        case 'linear':
            return Math.round(min + span * x);
        case 'arithmetic':
            return Math.round(min + span * x * x);
        case 'geometric':
            return Math.round(min + span * x * x * x);
        case 'exponential':
            return Math.round(min + (span * (2 ** ((backoff - 1) * x) - 1)) / (2 ** (backoff - 1) - 1));
    }
}
//# sourceMappingURL=delivery-policy.js.map