import * as M from './codec/generated.js';
import { amqpError } from './errors.js';
const ok = (ch, key, args = {}) => ch.conn.sendMethod(ch.id, key, args);
/** RabbitMQ's binding_action checks, for bind and unbind alike. */
const bindAccess = (ch, kind, dest, source, key) => ch.access.bind(kind, dest, source, ch.vhost.exchanges.get(source), key);
const owner = (ch) => ch.conn.id;
const table = [
    [M.CHANNEL_CLOSE, (ch) => ch.clientClose()],
    [M.CHANNEL_CLOSE_OK, () => { }],
    [
        M.CHANNEL_FLOW,
        (ch, a) => {
            ch.active = a.active;
            ok(ch, M.CHANNEL_FLOW_OK, { active: a.active });
            if (a.active)
                ch.resumeDeliveries();
        },
    ],
    [M.CHANNEL_FLOW_OK, () => { }],
    [M.ACCESS_REQUEST, (ch) => ok(ch, M.ACCESS_REQUEST_OK, { ticket: 1 })],
    [
        M.EXCHANGE_DECLARE,
        (ch, a) => {
            ch.vhost.declareExchange(a.exchange, a.type, { durable: a.durable, autoDelete: a.autoDelete, internal: a.internal, arguments: a.arguments }, a.passive, a.passive ? undefined : ch.access);
            if (!a.nowait)
                ok(ch, M.EXCHANGE_DECLARE_OK);
        },
    ],
    [
        M.EXCHANGE_DELETE,
        (ch, a) => {
            ch.vhost.deleteExchange(a.exchange, a.ifUnused, ch.access);
            if (!a.nowait)
                ok(ch, M.EXCHANGE_DELETE_OK);
        },
    ],
    [
        M.EXCHANGE_BIND,
        (ch, a) => {
            bindAccess(ch, 'exchange', a.destination, a.source, a.routingKey);
            ch.vhost.bindExchange(a.destination, a.source, a.routingKey, a.arguments);
            if (!a.nowait)
                ok(ch, M.EXCHANGE_BIND_OK);
        },
    ],
    [
        M.EXCHANGE_UNBIND,
        (ch, a) => {
            bindAccess(ch, 'exchange', a.destination, a.source, a.routingKey);
            ch.vhost.unbindExchange(a.destination, a.source, a.routingKey, a.arguments);
            if (!a.nowait)
                ok(ch, M.EXCHANGE_UNBIND_OK);
        },
    ],
    [
        M.QUEUE_DECLARE,
        (ch, a) => {
            const q = ch.vhost.declareQueue(a.queue, {
                passive: a.passive,
                durable: a.durable,
                exclusive: a.exclusive,
                autoDelete: a.autoDelete,
                arguments: a.arguments,
                owner: owner(ch),
                access: ch.access,
            });
            ch.lastQueue = q.name;
            if (!a.nowait) {
                ok(ch, M.QUEUE_DECLARE_OK, {
                    queue: q.name,
                    messageCount: q.ready,
                    consumerCount: q.consumers.length,
                });
            }
        },
    ],
    [
        M.QUEUE_BIND,
        (ch, a) => {
            const queue = a.queue || ch.lastQueue;
            bindAccess(ch, 'queue', queue, a.exchange, a.routingKey);
            ch.vhost.bindQueue(queue, a.exchange, a.routingKey, a.arguments, owner(ch));
            if (!a.nowait)
                ok(ch, M.QUEUE_BIND_OK);
        },
    ],
    [
        M.QUEUE_UNBIND,
        (ch, a) => {
            const queue = a.queue || ch.lastQueue;
            bindAccess(ch, 'queue', queue, a.exchange, a.routingKey);
            ch.vhost.unbindQueue(queue, a.exchange, a.routingKey, a.arguments, owner(ch));
            ok(ch, M.QUEUE_UNBIND_OK);
        },
    ],
    [
        M.QUEUE_PURGE,
        (ch, a) => {
            const queue = a.queue || ch.lastQueue;
            ch.access.check('read', 'queue', queue);
            const n = ch.vhost.purgeQueue(queue, owner(ch));
            if (!a.nowait)
                ok(ch, M.QUEUE_PURGE_OK, { messageCount: n });
        },
    ],
    [
        M.QUEUE_DELETE,
        (ch, a) => {
            const queue = a.queue || ch.lastQueue;
            ch.access.check('configure', 'queue', queue);
            const n = ch.vhost.deleteQueue(queue, a.ifUnused, a.ifEmpty, owner(ch));
            if (!a.nowait)
                ok(ch, M.QUEUE_DELETE_OK, { messageCount: n });
        },
    ],
    [
        M.BASIC_QOS,
        (ch, a) => {
            if (a.prefetchSize !== 0)
                throw amqpError('NOT_IMPLEMENTED', `prefetch_size!=0 (${a.prefetchSize})`);
            // RabbitMQ's reading of `global`: false = per consumer, true = shared by the channel
            if (a.global)
                ch.deliveries.sessionPrefetch = a.prefetchCount;
            else
                ch.consumerPrefetch = a.prefetchCount;
            ok(ch, M.BASIC_QOS_OK);
            ch.resumeDeliveries();
        },
    ],
    [
        M.BASIC_CONSUME,
        (ch, a) => {
            // consume-ok must precede the first delivery; deliveries run in a later microtask
            const tag = ch.consume(a);
            if (!a.nowait)
                ok(ch, M.BASIC_CONSUME_OK, { consumerTag: tag });
        },
    ],
    [
        M.BASIC_CANCEL,
        (ch, a) => {
            ch.cancel(a.consumerTag);
            if (!a.nowait)
                ok(ch, M.BASIC_CANCEL_OK, { consumerTag: a.consumerTag });
        },
    ],
    [M.BASIC_CANCEL_OK, () => { }],
    [M.BASIC_PUBLISH, (ch, a) => ch.startPublish(a)],
    [M.BASIC_GET, (ch, a) => ch.get(a)],
    [M.BASIC_ACK, (ch, a) => ch.settle('ack', a.deliveryTag, a.multiple, false)],
    [
        M.BASIC_NACK,
        (ch, a) => ch.settle('nack', a.deliveryTag, a.multiple, a.requeue),
    ],
    [
        M.BASIC_REJECT,
        (ch, a) => ch.settle('reject', a.deliveryTag, false, a.requeue),
    ],
    [
        M.BASIC_RECOVER,
        (ch) => {
            ch.recover();
            ok(ch, M.BASIC_RECOVER_OK);
        },
    ],
    [M.BASIC_RECOVER_ASYNC, (ch) => ch.recover()],
    [
        M.CONFIRM_SELECT,
        (ch, a) => {
            ch.confirmSelect();
            if (!a.nowait)
                ok(ch, M.CONFIRM_SELECT_OK);
        },
    ],
    [
        M.TX_SELECT,
        (ch) => {
            ch.txSelect();
            ok(ch, M.TX_SELECT_OK);
        },
    ],
    [M.TX_COMMIT, (ch) => ch.txCommit(() => ok(ch, M.TX_COMMIT_OK))],
    [
        M.TX_ROLLBACK,
        (ch) => {
            ch.txRollback();
            ok(ch, M.TX_ROLLBACK_OK);
        },
    ],
];
export const CHANNEL_METHODS = new Map(table);
//# sourceMappingURL=channel-methods.js.map