// The client's events, typed. A thin layer over EventEmitter so listeners get checked
// argument types and an `error` with no listener does not throw (Node's default would
// crash the process for what is only an observability signal here).
import { EventEmitter } from 'node:events';

/**
 * What became of a delivery. `kept`: a consumer of a dead-letter queue failed on it, and
 * it stays unacked (neither lost nor redelivered in a loop) until the consumer stops.
 */
export type HandlerOutcome = 'ack' | 'retry' | 'dead-letter' | 'duplicate' | 'requeue' | 'kept';

export interface HandledEvent {
  queue: string;
  messageId: string;
  outcome: HandlerOutcome;
  /** Handler run time in ms (0 for duplicates, which never reach the handler). */
  durationMs: number;
  attempt: number;
  error?: Error;
}

export interface ReturnedEvent {
  messageId: string;
  exchange: string;
  routingKey: string;
  replyCode: number;
  replyText: string;
}

export interface ClientEvents {
  /** A connection is open and topology, consumers and publisher are restored on it. */
  connected: [info: { url: string; reconnect: boolean }];
  /** The connection was lost (not emitted for close()). */
  disconnected: [info: { error?: Error }];
  /** The next connection attempt is scheduled. */
  reconnecting: [info: { attempt: number; delayMs: number; error?: Error }];
  /** The broker stopped reading our publishes (resource alarm); publishes wait. */
  blocked: [info: { reason: string }];
  unblocked: [];
  /** Something went wrong that has no caller to reject (a topology re-declare, a handler's ack). */
  error: [err: Error];
  /** A mandatory message came back unroutable (its publish rejects too). */
  returned: [info: ReturnedEvent];
  /** One delivery was dealt with. */
  handled: [info: HandledEvent];
  /** close() finished. */
  closed: [];
}

export class TypedEmitter {
  private readonly emitter = new EventEmitter();

  on<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): this {
    this.emitter.on(event, listener as (...args: unknown[]) => void);
    return this;
  }

  once<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): this {
    this.emitter.once(event, listener as (...args: unknown[]) => void);
    return this;
  }

  off<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): this {
    this.emitter.off(event, listener as (...args: unknown[]) => void);
    return this;
  }

  /** @internal */
  emit<K extends keyof ClientEvents>(event: K, ...args: ClientEvents[K]): void {
    if (event === 'error' && this.emitter.listenerCount('error') === 0) return;
    try {
      this.emitter.emit(event, ...args);
    } catch (err) {
      // A throwing listener must not break the delivery or publish path that emitted.
      if (event !== 'error' && this.emitter.listenerCount('error') > 0) this.emitter.emit('error', err);
    }
  }
}
