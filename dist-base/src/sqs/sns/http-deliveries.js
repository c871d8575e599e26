// Deliveries to SNS http/https subscriptions: subscription confirmations and notifications are
// POSTed to the subscriber's endpoint, with SNS's headers and JSON body, retried per the delivery
// policy (delivery-policy.ts). What is to be delivered is first stored in a durable queue of the
// topic's vhost, `wharf.sns-http` (the publisher's answer waits for that sync, so a published
// message is not lost by a crash before its delivery), and taken from it as a lease (the engine's
// pull reads): acked once the endpoint answered 2xx, or a permanent 4xx, or when the retries are
// spent; a retry is the lease extended by the policy's delay, after which the message is ready
// again with its delivery count one higher (the count is journaled, so the schedule survives a
// restart). Spent retries go to the subscription's dead-letter queue (RedrivePolicy), if any.
import * as http from 'node:http';
import * as https from 'node:https';
import { decodeHead } from '../../broker/index.js';
import { effectivePolicy, retryDelaySeconds } from './delivery-policy.js';
import { SUBSCRIPTION_COMPONENT, TOPIC_COMPONENT } from './meta.js';
export const OUTBOX_QUEUE = 'wharf.sns-http';
const H_SUBSCRIPTION = 'x-sns-subscription';
const H_TYPE = 'x-sns-message-type';
const H_TOPIC = 'x-sns-topic';
const H_ENDPOINT = 'x-sns-endpoint';
/** how long one POST may take before it counts as failed (SNS: 15 s) */
const REQUEST_TIMEOUT_MS = 15_000;
/** a lease outlives the POST it covers (after a crash, a delivery under way is tried again this much later) */
const LEASE_MS = 30_000;
/** POSTs in flight per vhost */
const CONCURRENCY = 16;
/** One vhost's delivery loop. */
class Worker {
    owner;
    vhost;
    queue;
    inFlight = 0;
    wake;
    ac = new AbortController();
    stopped = false;
    constructor(owner, vhost, queue) {
        this.owner = owner;
        this.vhost = vhost;
        this.queue = queue;
        void this.run();
    }
    async run() {
        while (!this.stopped && !this.queue.deleted) {
            if (this.inFlight >= CONCURRENCY) {
                await new Promise((r) => (this.wake = r));
                continue;
            }
            let leases;
            try {
                leases = await this.queue.receive(CONCURRENCY - this.inFlight, {
                    leaseMs: LEASE_MS,
                    waitMs: 20_000,
                    signal: this.ac.signal,
                    owner: 'sns-http',
                });
            }
            catch (err) {
                this.owner.warn(`SNS http deliveries of vhost '${this.vhost.name}': ${err.message}`);
                await new Promise((r) => setTimeout(r, 1000).unref());
                continue;
            }
            for (const l of leases) {
                this.inFlight++;
                void this.owner.attempt(this.vhost, this.queue, l).finally(() => {
                    this.inFlight--;
                    const w = this.wake;
                    this.wake = undefined;
                    w?.();
                });
            }
        }
    }
    stop() {
        this.stopped = true;
        this.ac.abort();
        this.wake?.();
    }
}
export class HttpDeliveries {
    front;
    options;
    workers = new Map();
    agents;
    closed = false;
    /** POSTs under way, ended at close */
    requests = new Set();
    /** leases of deliveries under way: released at close, so they are tried at once after a restart */
    attempting = new Map();
    constructor(front, options = {}) {
        this.front = front;
        this.options = options;
        this.agents = {
            http: new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY }),
            // https endpoints are checked against Node's CAs (and NODE_EXTRA_CA_CERTS), as SNS checks against public ones
            https: new https.Agent({ keepAlive: true, maxSockets: CONCURRENCY }),
        };
    }
    warn(msg) {
        this.options.onWarning?.(msg);
    }
    /** Starts the loops of vhosts whose outbox holds deliveries from before a restart. */
    start() {
        for (const vhost of this.front.broker.vhosts.values()) {
            const q = vhost.queues.get(OUTBOX_QUEUE);
            if (q)
                this.worker(vhost, q);
        }
    }
    close() {
        this.closed = true;
        for (const [l, q] of this.attempting)
            if (!q.deleted)
                q.pull.release(l.id);
        this.attempting.clear();
        for (const w of this.workers.values())
            w.stop();
        this.workers.clear();
        for (const r of this.requests)
            r.destroy();
        this.agents.http.destroy();
        this.agents.https.destroy();
    }
    worker(vhost, q) {
        const w = this.workers.get(vhost.name);
        if (w && w.queue === q && !q.deleted)
            return;
        w?.stop();
        if (!this.closed)
            this.workers.set(vhost.name, new Worker(this, vhost, q));
    }
    /**
     * Stores one delivery for subscription `subscriptionId` (its body as it will be POSTed) and
     * pushes where it was stored onto `out` (the publisher waits for that sync). False when the
     * outbox refused it (out of space).
     */
    enqueue(vhost, subscriptionId, endpoint, type, topicArn, messageId, body, out) {
        let q = vhost.queues.get(OUTBOX_QUEUE);
        if (!q) {
            q = vhost.declareQueue(OUTBOX_QUEUE, {
                passive: false,
                durable: true,
                exclusive: false,
                autoDelete: false,
                arguments: {},
            });
        }
        this.worker(vhost, q);
        const format = this.front.broker.config.format;
        const scratch = [];
        const ok = vhost.publish({
            exchange: '',
            routingKey: OUTBOX_QUEUE,
            properties: format.encode({
                message_id: messageId,
                delivery_mode: 2,
                content_type: 'text/plain',
                headers: {
                    [H_SUBSCRIPTION]: subscriptionId,
                    [H_ENDPOINT]: endpoint,
                    [H_TYPE]: type,
                    [H_TOPIC]: topicArn,
                },
            }),
            body: Buffer.from(body),
            persistent: true,
            timestamp: Date.now(),
        }, scratch);
        for (const t of scratch)
            out.push(t);
        return ok;
    }
    /** One attempt at one delivery; settles its lease (ack, or extend until the next retry). */
    async attempt(vhost, q, l) {
        this.attempting.set(l, q);
        try {
            await this.attemptOnce(vhost, q, l);
        }
        finally {
            this.attempting.delete(l);
        }
    }
    async attemptOnce(vhost, q, l) {
        const format = this.front.broker.config.format;
        const props = decodeHead(l.head, l.flags).properties;
        const h = format.headers(props) ?? {};
        const text = (v) => typeof v === 'string' ? v : v instanceof Uint8Array ? Buffer.from(v).toString() : '';
        const subId = text(h[H_SUBSCRIPTION]);
        const type = text(h[H_TYPE]);
        const topicArn = text(h[H_TOPIC]);
        const messageId = String(format.describe(props).message_id ?? '');
        const target = text(h[H_ENDPOINT]);
        const params = this.front.broker.parameters;
        const sub = params.get(vhost.name, SUBSCRIPTION_COMPONENT, subId)?.value;
        // the subscription is gone (unsubscribed, topic deleted): SNS drops what was not yet delivered,
        // except the goodbye, which is addressed to it after it went
        if (this.closed)
            return;
        if (!sub && type !== 'UnsubscribeConfirmation') {
            q.pull.ack(l.id);
            return;
        }
        const topic = sub
            ? params.get(vhost.name, TOPIC_COMPONENT, sub.topic)?.value
            : undefined;
        const policy = effectivePolicy(topic?.attributes.DeliveryPolicy, sub?.attributes.DeliveryPolicy);
        const raw = type === 'Notification' && sub?.attributes.RawMessageDelivery === 'true';
        const headers = {
            'content-type': type === 'Notification' ? policy.contentType : 'text/plain; charset=UTF-8',
            'user-agent': 'Amazon Simple Notification Service Agent',
            'x-amz-sns-message-type': type,
            'x-amz-sns-message-id': messageId,
            'x-amz-sns-topic-arn': topicArn,
        };
        if (type !== 'SubscriptionConfirmation')
            headers['x-amz-sns-subscription-arn'] = `${topicArn}:${subId}`;
        if (raw)
            headers['x-amz-sns-rawdelivery'] = 'true';
        const status = await this.post(target, headers, l.body);
        if (this.closed)
            return; // the lease ends with the broker: delivered again after the restart
        if (status !== undefined && status >= 200 && status < 300) {
            q.pull.ack(l.id);
            return;
        }
        const retriable = status === undefined || status === 429 || status >= 500;
        const delay = retriable ? retryDelaySeconds(policy.retry, l.deliveryCount) : undefined;
        if (delay === undefined) {
            // spent (or refused for good): to the subscription's dead-letter queue, else dropped as SNS does
            this.deadLetter(vhost, sub, l.body.toString('utf8'), messageId);
            this.warn(`SNS delivery ${messageId} to ${target} failed for good after ${l.deliveryCount} attempt(s) (${status ?? 'no answer'})`);
            q.pull.ack(l.id);
            return;
        }
        // jittered, as SNS's are: 90-110 % of the policy's delay
        const ms = Math.round(delay * 1000 * (0.9 + 0.2 * Math.random()));
        q.pull.extend(l.id, Math.max(ms, 1));
    }
    deadLetter(vhost, sub, body, messageId) {
        const policy = sub?.attributes.RedrivePolicy;
        if (!policy)
            return;
        let arn;
        try {
            arn = JSON.parse(policy).deadLetterTargetArn;
        }
        catch {
            return;
        }
        const target = typeof arn === 'string' ? this.front.queues.parseArn(arn) : undefined;
        const dv = target && this.front.broker.vhost(target.vhost);
        if (!target || !dv?.queues.has(target.name))
            return;
        dv.publish({
            exchange: '',
            routingKey: target.name,
            properties: this.front.broker.config.format.encode({ message_id: messageId, delivery_mode: 2 }),
            body: Buffer.from(body),
            persistent: true,
            timestamp: Date.now(),
        }, []);
    }
    /** POSTs `body`; the HTTP status, or undefined when no answer came (refused, reset, timed out). */
    post(url, headers, body) {
        return new Promise((resolve) => {
            let u;
            try {
                u = new URL(url);
            }
            catch {
                return resolve(undefined);
            }
            const secure = u.protocol === 'https:';
            const req = (secure ? https : http).request(u, {
                method: 'POST',
                headers: { ...headers, 'content-length': String(body.length) },
                agent: secure ? this.agents.https : this.agents.http,
                timeout: REQUEST_TIMEOUT_MS,
            });
            this.requests.add(req);
            const done = (status) => {
                this.requests.delete(req);
                resolve(status);
            };
            req.on('response', (res) => {
                res.resume(); // the answer's body means nothing to SNS
                res.on('end', () => done(res.statusCode));
                res.on('error', () => done(res.statusCode));
            });
            req.on('timeout', () => req.destroy(new Error('timed out')));
            req.on('error', () => done(undefined));
            req.end(body);
        });
    }
}
//# sourceMappingURL=http-deliveries.js.map