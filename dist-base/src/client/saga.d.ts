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
export type SagaStep<E extends SagaEvents, K extends keyof E> = (event: Envelope<E[K]>, saga: SagaContext<E>) => Promise<void>;
export type SagaSteps<E extends SagaEvents> = {
    [K in keyof E & string]?: SagaStep<E, K>;
};
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
    start<K extends keyof E & string>(type: K, payload: E[K], options?: EmitOptions & {
        correlationId?: string;
    }): Promise<string>;
}
export declare function defineSaga<E extends SagaEvents>(options: SagaOptions<E>): Saga<E>;
