// Delayed publish (`publish(..., { delay })`): the message reaches its exchange `delay`
// ms later. Two ways, chosen as retries choose theirs (retry.ts, 'auto' asks the broker
// once whether it has `x-delayed-message`):
// - 'delayed-exchange' (Wharf; RabbitMQ with the plugin): the broker holds the message
//   in an `x-delayed-message` exchange with the delay in `x-delay`. For the default
//   exchange that is `wharf.retry.delayed` (direct), with the target queue bound under its
//   own name, the binding retries already use; for a named exchange X it is
//   `wharf.delayed.X` (topic), bound exchange-to-exchange to X with `#`, so X routes the
//   released message by its original routing key and headers.
// - 'ttl-queues' (any RabbitMQ): a wait queue per (exchange, routing key, delay) with
//   `x-message-ttl` = the delay, dead-lettering into the target exchange with the
//   routing key. One TTL per queue keeps it FIFO, so nothing waits behind a longer delay.
//   Wait queues expire (`x-expires`) five minutes after the last message could have left.
// Either way the broker holds the message durably (persistent messages, durable
// queues/exchanges); routing happens at release, so `mandatory` cannot be honoured:
// a message no queue takes then is dropped.
import { createHash } from 'node:crypto';
import { RETRY_EXCHANGE } from './retry.js';
/** Wait queues outlive their last message by this long (x-expires margin). */
const WAIT_QUEUE_SPARE_MS = 5 * 60_000;
/** A declaration is repeated when older than this, so x-expires never hits a wait queue in use. */
const REDECLARE_MS = 60_000;
/** The longest delay `x-delay` and `x-message-ttl` take (2^32 - 1 ms, about 49.7 days). */
export const MAX_DELAY_MS = 4294967295;
/** The name of the delayed exchange in front of exchange `name` ('' is the retry exchange). */
export function delayedExchangeFor(exchange) {
    return exchange === '' ? RETRY_EXCHANGE : `wharf.delayed.${exchange}`;
}
/** A wait queue's name: readable when short, hashed when the parts would pass 255 bytes. */
export function waitQueueName(exchange, routingKey, delayMs) {
    const name = `wharf.delay.${delayMs}.${exchange || 'default'}.${routingKey}`;
    if (Buffer.byteLength(name) <= 200)
        return name;
    const hash = createHash('sha256').update(`${exchange}\0${routingKey}`).digest('hex').slice(0, 32);
    return `wharf.delay.${delayMs}.${hash}`;
}
/** Checks a `delay` option: whole milliseconds in [0, MAX_DELAY_MS]. */
export function checkDelay(delay) {
    if (typeof delay !== 'number' || !Number.isFinite(delay) || delay < 0 || delay > MAX_DELAY_MS)
        throw new RangeError(`delay must be a number of milliseconds in [0, ${MAX_DELAY_MS}], got ${String(delay)}`);
    return Math.round(delay);
}
/** Declares what a delayed publish needs (remembering what it did) and says where to publish. */
export class DelayRouter {
    strategy;
    withChannel;
    /** Declaration key -> time of the last declaration. */
    declared = new Map();
    constructor(strategy, withChannel) {
        this.strategy = strategy;
        this.withChannel = withChannel;
    }
    async route(exchange, routingKey, delayMs) {
        if ((await this.strategy()) === 'delayed-exchange') {
            const via = delayedExchangeFor(exchange);
            await this.once(`x\0${exchange}\0${exchange === '' ? routingKey : ''}`, REDECLARE_MS, async (ch) => {
                if (exchange === '') {
                    await ch.assertExchange(via, 'x-delayed-message', {
                        durable: true,
                        arguments: { 'x-delayed-type': 'direct' },
                    });
                    await ch.bindQueue(routingKey, via, routingKey);
                }
                else {
                    await ch.assertExchange(via, 'x-delayed-message', {
                        durable: true,
                        arguments: { 'x-delayed-type': 'topic' },
                    });
                    await ch.bindExchange(exchange, via, '#');
                }
            });
            return { exchange: via, routingKey, headers: { 'x-delay': delayMs } };
        }
        const queue = waitQueueName(exchange, routingKey, delayMs);
        await this.once(`q\0${queue}`, REDECLARE_MS, async (ch) => {
            await ch.assertQueue(queue, {
                durable: true,
                arguments: {
                    'x-message-ttl': delayMs,
                    'x-expires': Math.min(MAX_DELAY_MS, delayMs + WAIT_QUEUE_SPARE_MS),
                    'x-dead-letter-exchange': exchange,
                    'x-dead-letter-routing-key': routingKey,
                },
            });
        });
        return { exchange: '', routingKey: queue, headers: {} };
    }
    /**
     * Runs a declaration unless it ran less than `freshMs` ago: everything declared is
     * durable, so a reconnect does not undo it, and repeating it now and then puts back a
     * binding or wait queue deleted meanwhile.
     */
    async once(key, freshMs, fn) {
        const at = this.declared.get(key);
        if (at !== undefined && Date.now() - at < freshMs)
            return;
        await this.withChannel(fn);
        this.declared.set(key, Date.now());
    }
}
//# sourceMappingURL=delayed-publish.js.map