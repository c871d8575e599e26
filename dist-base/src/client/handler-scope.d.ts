import type { ConsumeMessage } from 'amqplib';
import type { MessageContext } from './consumer.js';
import type { Telemetry } from './otel.js';
import { type TraceScope } from './tracing.js';
export declare class HandlerScope {
    private readonly tracing;
    private readonly telemetry;
    constructor(tracing: TraceScope, telemetry: () => Telemetry);
    run(msg: ConsumeMessage, queue: string, attempt: number, signal: AbortSignal, fn: (ctx: MessageContext) => unknown): Promise<unknown>;
}
