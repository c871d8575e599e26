// The scope a handler runs in: its MessageContext with a trace that continues the
// message's `traceparent` (or starts one), made current for publishes inside it.
import type { ConsumeMessage } from 'amqplib';
import type { MessageContext } from './consumer.js';
import { childOf, newTrace, parseTraceparent, type TraceScope } from './tracing.js';
import { HEADER } from './types.js';

export function runHandlerInScope(
  tracing: TraceScope,
  msg: ConsumeMessage,
  queue: string,
  attempt: number,
  signal: AbortSignal,
  fn: (ctx: MessageContext) => unknown,
): Promise<unknown> {
  const headers = (msg.properties.headers ?? {}) as Record<string, unknown>;
  const parent = parseTraceparent(headers[HEADER.traceparent], headers[HEADER.tracestate]);
  const trace = parent ? childOf(parent) : newTrace();
  const ctx: MessageContext = { queue, attempt, trace, signal };
  return tracing.run(trace, async () => fn(ctx));
}
