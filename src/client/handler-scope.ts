// The scope a handler runs in: its MessageContext with a trace that continues the
// message's `traceparent` (or starts one), made current for publishes inside it, and,
// when OpenTelemetry is on, the process span around it (otel.ts).
import type { ConsumeMessage } from 'amqplib';
import type { MessageContext } from './consumer.js';
import type { Telemetry } from './otel.js';
import { childOf, fromIds, newTrace, parseTraceparent, type TraceScope } from './tracing.js';
import { HEADER } from './types.js';

export class HandlerScope {
  constructor(
    private readonly tracing: TraceScope,
    private readonly telemetry: () => Telemetry,
  ) {}

  run(
    msg: ConsumeMessage,
    queue: string,
    attempt: number,
    signal: AbortSignal,
    fn: (ctx: MessageContext) => unknown,
  ): Promise<unknown> {
    const headers = (msg.properties.headers ?? {}) as Record<string, unknown>;
    const parent = parseTraceparent(headers[HEADER.traceparent], headers[HEADER.tracestate]);
    const p = msg.properties;
    return this.telemetry().processSpan(
      {
        queue,
        exchange: msg.fields.exchange,
        routingKey: msg.fields.routingKey,
        messageId: p.messageId === undefined ? '' : String(p.messageId),
        correlationId: p.correlationId === undefined ? undefined : String(p.correlationId),
        bodySize: msg.content.length,
        traceparent: parent,
        redelivered: msg.fields.redelivered,
      },
      async (span) => {
        const trace = span.ids ? fromIds(span.ids, parent?.spanId) : parent ? childOf(parent) : newTrace();
        const ctx: MessageContext = { queue, attempt, trace, signal };
        try {
          return await this.tracing.run(trace, () => fn(ctx));
        } catch (err) {
          span.fail(err);
          throw err;
        } finally {
          span.end();
        }
      },
    );
  }
}
