// Retries that do not block the queue: a failed message is acked and a copy, with
// `x-attempt` raised, is parked for its backoff delay somewhere else, then comes back
// to the work queue. Two ways to park it:
// - 'ttl-queues' (works on any RabbitMQ): one queue per backoff level,
//   `<queue>.retry.<ms>`, with `x-message-ttl` = that level and dead-lettering back to the
//   work queue through the default exchange. Jitter is a shorter per-message
//   expiration, so a message never waits longer than its level.
// - 'delayed-exchange': one `x-delayed-message` exchange (Wharf, or RabbitMQ with the
//   delayed-message plugin) with the exact jittered delay in `x-delay`; each work queue
//   is bound to it with its own name as the routing key.
// 'auto' asks the broker once, on a throwaway connection, whether it can declare an
// `x-delayed-message` exchange: RabbitMQ answers an unknown exchange type with a
// connection error, which must not hit the client's own connection.
import amqp from 'amqplib';
import { backoffDelay, baseDelay } from './backoff.js';
export const DEFAULT_RETRY = {
    maxAttempts: 5,
    strategy: 'auto',
    initialDelayMs: 1000,
    maxDelayMs: 60_000,
    factor: 2,
    jitter: 0.2,
};
/** The exchange the delayed-exchange strategy publishes retries to. */
export const RETRY_EXCHANGE = 'wharf.retry.delayed';
/** Names must not start with `amq.` (reserved), which server-named queues do. */
export function retryQueueName(queue, levelMs) {
    const base = queue.startsWith('amq.') ? `wharf.${queue}` : queue;
    return `${base}.retry.${levelMs}`;
}
/** The distinct backoff levels (ms) for retries 1 .. maxAttempts-1. */
export function retryLevels(o) {
    const levels = new Set();
    for (let n = 1; n < o.maxAttempts; n++)
        levels.add(baseDelay(n, o));
    return [...levels];
}
export class RetryRoute {
    strategy;
    queue;
    options;
    constructor(strategy, queue, options) {
        this.strategy = strategy;
        this.queue = queue;
        this.options = options;
    }
    /** Declares what the retries need for the queue's current name (again on each attach). */
    async declare(ch) {
        const q = this.queue;
        if (this.strategy === 'delayed-exchange') {
            await ch.assertExchange(RETRY_EXCHANGE, 'x-delayed-message', {
                durable: true,
                arguments: { 'x-delayed-type': 'direct' },
            });
            await ch.bindQueue(q.name, RETRY_EXCHANGE, q.name);
            return;
        }
        for (const level of retryLevels(this.options)) {
            await ch.assertQueue(retryQueueName(q.name, level), {
                // Retry queues of an exclusive queue die with it; the others outlive restarts.
                durable: !q.exclusive,
                exclusive: q.exclusive,
                arguments: {
                    'x-message-ttl': level,
                    'x-dead-letter-exchange': '',
                    'x-dead-letter-routing-key': q.name,
                },
            });
        }
    }
    /** Where the copy of a message that failed attempt `attempt` (1-based) goes. */
    target(attempt) {
        const delayMs = backoffDelay(attempt, this.options);
        const headers = {};
        if (this.strategy === 'delayed-exchange') {
            return {
                exchange: RETRY_EXCHANGE,
                routingKey: this.queue.name,
                headers: { 'x-delay': delayMs },
                mandatory: false,
                delayMs,
            };
        }
        const level = baseDelay(attempt, this.options);
        return {
            exchange: '',
            routingKey: retryQueueName(this.queue.name, level),
            headers,
            expiration: String(delayMs),
            mandatory: true,
            delayMs,
        };
    }
}
/** True when the broker at `url` accepts an `x-delayed-message` exchange. */
export async function brokerHasDelayedExchange(url, timeoutMs = 5000) {
    let conn;
    try {
        conn = await amqp.connect(url, { timeout: timeoutMs });
        conn.on('error', () => { });
        const ch = await conn.createChannel();
        ch.on('error', () => { });
        const name = `wharf.probe.${process.pid}.${Date.now()}`;
        await ch.assertExchange(name, 'x-delayed-message', {
            durable: false,
            autoDelete: true,
            arguments: { 'x-delayed-type': 'direct' },
        });
        await ch.deleteExchange(name);
        return true;
    }
    catch {
        return false;
    }
    finally {
        await conn?.close().catch(() => { });
    }
}
//# sourceMappingURL=retry.js.map