// Decode first, then dispatch on a flat table keyed by class<<16|method: one entry per
// method, each translating into engine calls on the channel's vhost and answering.
// Permissions are checked where RabbitMQ's rabbit_channel checks them (ch.access):
// configure for declare and delete (not for passive declares), write on the destination
// and read on the source of a binding, read to purge, consume and get; publishing is
// checked in channel.ts.
import type { Channel } from './channel.js';
import * as M from './codec/generated.js';
import { amqpError } from './errors.js';

type Handler = (ch: Channel, args: never) => void;

const ok = (ch: Channel, key: number, args: object = {}) => ch.conn.sendMethod(ch.id, key, args);

/** RabbitMQ's binding_action checks, for bind and unbind alike. */
const bindAccess = (ch: Channel, kind: 'queue' | 'exchange', dest: string, source: string, key: string) =>
  ch.access.bind(kind, dest, source, ch.vhost.exchanges.get(source), key);
const owner = (ch: Channel) => ch.conn.id;

const table: [number, Handler][] = [
  [M.CHANNEL_CLOSE, (ch: Channel) => ch.clientClose()],
  [M.CHANNEL_CLOSE_OK, () => {}],
  [
    M.CHANNEL_FLOW,
    (ch: Channel, a: M.ChannelFlowArgs) => {
      ch.active = a.active;
      ok(ch, M.CHANNEL_FLOW_OK, { active: a.active });
      if (a.active) ch.resumeDeliveries();
    },
  ],
  [M.CHANNEL_FLOW_OK, () => {}],
  [M.ACCESS_REQUEST, (ch: Channel) => ok(ch, M.ACCESS_REQUEST_OK, { ticket: 1 })],

  [
    M.EXCHANGE_DECLARE,
    (ch: Channel, a: M.ExchangeDeclareArgs) => {
      ch.vhost.declareExchange(
        a.exchange,
        a.type,
        { durable: a.durable, autoDelete: a.autoDelete, internal: a.internal, arguments: a.arguments },
        a.passive,
        a.passive ? undefined : ch.access,
      );
      if (!a.nowait) ok(ch, M.EXCHANGE_DECLARE_OK);
    },
  ],
  [
    M.EXCHANGE_DELETE,
    (ch: Channel, a: M.ExchangeDeleteArgs) => {
      ch.vhost.deleteExchange(a.exchange, a.ifUnused, ch.access);
      if (!a.nowait) ok(ch, M.EXCHANGE_DELETE_OK);
    },
  ],
  [
    M.EXCHANGE_BIND,
    (ch: Channel, a: M.ExchangeBindArgs) => {
      bindAccess(ch, 'exchange', a.destination, a.source, a.routingKey);
      ch.vhost.bindExchange(a.destination, a.source, a.routingKey, a.arguments);
      if (!a.nowait) ok(ch, M.EXCHANGE_BIND_OK);
    },
  ],
  [
    M.EXCHANGE_UNBIND,
    (ch: Channel, a: M.ExchangeUnbindArgs) => {
      bindAccess(ch, 'exchange', a.destination, a.source, a.routingKey);
      ch.vhost.unbindExchange(a.destination, a.source, a.routingKey, a.arguments);
      if (!a.nowait) ok(ch, M.EXCHANGE_UNBIND_OK);
    },
  ],

  [
    M.QUEUE_DECLARE,
    (ch: Channel, a: M.QueueDeclareArgs) => {
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
    (ch: Channel, a: M.QueueBindArgs) => {
      const queue = a.queue || ch.lastQueue;
      bindAccess(ch, 'queue', queue, a.exchange, a.routingKey);
      ch.vhost.bindQueue(queue, a.exchange, a.routingKey, a.arguments, owner(ch));
      if (!a.nowait) ok(ch, M.QUEUE_BIND_OK);
    },
  ],
  [
    M.QUEUE_UNBIND,
    (ch: Channel, a: M.QueueUnbindArgs) => {
      const queue = a.queue || ch.lastQueue;
      bindAccess(ch, 'queue', queue, a.exchange, a.routingKey);
      ch.vhost.unbindQueue(queue, a.exchange, a.routingKey, a.arguments, owner(ch));
      ok(ch, M.QUEUE_UNBIND_OK);
    },
  ],
  [
    M.QUEUE_PURGE,
    (ch: Channel, a: M.QueuePurgeArgs) => {
      const queue = a.queue || ch.lastQueue;
      ch.access.check('read', 'queue', queue);
      const n = ch.vhost.purgeQueue(queue, owner(ch));
      if (!a.nowait) ok(ch, M.QUEUE_PURGE_OK, { messageCount: n });
    },
  ],
  [
    M.QUEUE_DELETE,
    (ch: Channel, a: M.QueueDeleteArgs) => {
      const queue = a.queue || ch.lastQueue;
      ch.access.check('configure', 'queue', queue);
      const n = ch.vhost.deleteQueue(queue, a.ifUnused, a.ifEmpty, owner(ch));
      if (!a.nowait) ok(ch, M.QUEUE_DELETE_OK, { messageCount: n });
    },
  ],

  [
    M.BASIC_QOS,
    (ch: Channel, a: M.BasicQosArgs) => {
      if (a.prefetchSize !== 0) throw amqpError('NOT_IMPLEMENTED', `prefetch_size!=0 (${a.prefetchSize})`);
      // RabbitMQ's reading of `global`: false = per consumer, true = shared by the channel
      if (a.global) ch.deliveries.sessionPrefetch = a.prefetchCount;
      else ch.consumerPrefetch = a.prefetchCount;
      ok(ch, M.BASIC_QOS_OK);
      ch.resumeDeliveries();
    },
  ],
  [
    M.BASIC_CONSUME,
    (ch: Channel, a: M.BasicConsumeArgs) => {
      // consume-ok must precede the first delivery; deliveries run in a later microtask
      const tag = ch.consume(a);
      if (!a.nowait) ok(ch, M.BASIC_CONSUME_OK, { consumerTag: tag });
    },
  ],
  [
    M.BASIC_CANCEL,
    (ch: Channel, a: M.BasicCancelArgs) => {
      ch.cancel(a.consumerTag);
      if (!a.nowait) ok(ch, M.BASIC_CANCEL_OK, { consumerTag: a.consumerTag });
    },
  ],
  [M.BASIC_CANCEL_OK, () => {}],
  [M.BASIC_PUBLISH, (ch: Channel, a: M.BasicPublishArgs) => ch.startPublish(a)],
  [M.BASIC_GET, (ch: Channel, a: M.BasicGetArgs) => ch.get(a)],
  [M.BASIC_ACK, (ch: Channel, a: M.BasicAckArgs) => ch.settle('ack', a.deliveryTag, a.multiple, false)],
  [
    M.BASIC_NACK,
    (ch: Channel, a: M.BasicNackArgs) => ch.settle('nack', a.deliveryTag, a.multiple, a.requeue),
  ],
  [
    M.BASIC_REJECT,
    (ch: Channel, a: M.BasicRejectArgs) => ch.settle('reject', a.deliveryTag, false, a.requeue),
  ],
  [
    M.BASIC_RECOVER,
    (ch: Channel) => {
      ch.recover();
      ok(ch, M.BASIC_RECOVER_OK);
    },
  ],
  [M.BASIC_RECOVER_ASYNC, (ch: Channel) => ch.recover()],

  [
    M.CONFIRM_SELECT,
    (ch: Channel, a: M.ConfirmSelectArgs) => {
      ch.confirmSelect();
      if (!a.nowait) ok(ch, M.CONFIRM_SELECT_OK);
    },
  ],
  [
    M.TX_SELECT,
    (ch: Channel) => {
      ch.txSelect();
      ok(ch, M.TX_SELECT_OK);
    },
  ],
  [M.TX_COMMIT, (ch: Channel) => ch.txCommit(() => ok(ch, M.TX_COMMIT_OK))],
  [
    M.TX_ROLLBACK,
    (ch: Channel) => {
      ch.txRollback();
      ok(ch, M.TX_ROLLBACK_OK);
    },
  ],
];

export const CHANNEL_METHODS: ReadonlyMap<number, Handler> = new Map(table);
