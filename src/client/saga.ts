// Choreography sagas, kept small: each participant declares which event types it
// handles and what it emits next, a compensation included (order → payment → inventory;
// on failure the refund and the cancellation are just more events). There is no
// coordinator and no saga state here: each step is an ordinary consumer handler, and
// whatever state a participant needs lives in its own database.
//
// Every event of one saga instance carries the same correlation id. An emitted event's
// message id is derived from the triggering event's id, so a redelivered trigger that
// runs its step again re-emits the same ids, which the next participant's DedupStore
// drops: steps may be retried without emitting twice.
import { createHash, randomUUID } from 'node:crypto';
import type { Envelope, Publisher, PublishOptions } from './types.js';

/** The saga's events: type → payload, e.g. `{ 'order.created': { orderId: string } }`. */
export type SagaEvents = Record<string, unknown>;

/** Publish options an emit may set; type, correlation id and message id are the saga's. */
export type EmitOptions = Omit<PublishOptions, 'type' | 'correlationId' | 'messageId'>;

export interface SagaContext<E extends SagaEvents> {
  /** Shared by every event of this saga instance. */
  readonly correlationId: string;
  /** Publishes the next event (or a compensation) with the saga's correlation id; resolves on confirm. */
  emit<K extends keyof E & string>(type: K, payload: E[K], options?: EmitOptions): Promise<void>;
}

/** One step: handles an event of type K, usually ending in an emit. Throwing leaves retries to the consumer. */
export type SagaStep<E extends SagaEvents, K extends keyof E> = (
  event: Envelope<E[K]>,
  saga: SagaContext<E>,
) => Promise<void>;

export type SagaSteps<E extends SagaEvents> = { [K in keyof E & string]?: SagaStep<E, K> };

export interface SagaOptions<E extends SagaEvents> {
  /** Confirmed publisher for emitted events (e.g. the SDK's client). */
  publisher: Publisher;
  /** Exchange the saga's events go to (a topic exchange); the routing key is the event type. */
  exchange: string;
  /** This participant's steps. */
  steps: SagaSteps<E>;
}

export interface Saga<E extends SagaEvents> {
  /** Event types this participant handles: bind its queue to the exchange with these keys. */
  readonly handles: readonly (keyof E & string)[];
  /**
   * The consumer handler: runs the step for the envelope's type (its routing key when the
   * type is unset). Types without a step are ignored (acked), since a participant only
   * binds the types it handles.
   */
  handle(envelope: Envelope): Promise<void>;
  /** Publishes a saga's first event; resolves to its correlation id (default: the event's message id). */
  start<K extends keyof E & string>(
    type: K,
    payload: E[K],
    options?: EmitOptions & { correlationId?: string },
  ): Promise<string>;
}

export function defineSaga<E extends SagaEvents>(options: SagaOptions<E>): Saga<E> {
  const { publisher, exchange, steps } = options;
  const send = (
    type: string,
    payload: unknown,
    correlationId: string,
    messageId: string,
    extra?: EmitOptions,
  ) => publisher.publish(exchange, type, payload, { ...extra, type, correlationId, messageId });

  return {
    handles: Object.keys(steps) as (keyof E & string)[],

    async handle(envelope: Envelope): Promise<void> {
      const type = envelope.type ?? envelope.routingKey;
      const step = Object.hasOwn(steps, type) ? (steps[type] as SagaStep<E, keyof E> | undefined) : undefined;
      if (!step) return;
      const correlationId = envelope.correlationId ?? envelope.id;
      let seq = 0;
      const context: SagaContext<E> = {
        correlationId,
        emit: (next, payload, extra) =>
          send(next, payload, correlationId, derivedId(envelope.id, next, seq++), extra),
      };
      await step(envelope as Envelope<E[keyof E]>, context);
    },

    async start(type, payload, startOptions = {}) {
      const { correlationId, ...extra } = startOptions;
      const messageId = randomUUID();
      const id = correlationId ?? messageId;
      await send(type, payload, id, messageId, extra);
      return id;
    },
  };
}

/** A UUID-shaped id that is the same every time the same trigger emits the same event. */
function derivedId(triggerId: string, type: string, seq: number): string {
  const h = createHash('sha256').update(`${triggerId}\0${type}\0${seq}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
