import { childOf, fromIds, newTrace, parseTraceparent } from './tracing.js';
import { HEADER } from './types.js';
export class HandlerScope {
    tracing;
    telemetry;
    constructor(tracing, telemetry) {
        this.tracing = tracing;
        this.telemetry = telemetry;
    }
    run(msg, queue, attempt, signal, fn) {
        const headers = (msg.properties.headers ?? {});
        const parent = parseTraceparent(headers[HEADER.traceparent], headers[HEADER.tracestate]);
        const p = msg.properties;
        return this.telemetry().processSpan({
            queue,
            exchange: msg.fields.exchange,
            routingKey: msg.fields.routingKey,
            messageId: p.messageId === undefined ? '' : String(p.messageId),
            correlationId: p.correlationId === undefined ? undefined : String(p.correlationId),
            bodySize: msg.content.length,
            traceparent: parent,
            redelivered: msg.fields.redelivered,
        }, async (span) => {
            const trace = span.ids ? fromIds(span.ids, parent?.spanId) : parent ? childOf(parent) : newTrace();
            const ctx = { queue, attempt, trace, signal };
            try {
                return await this.tracing.run(trace, () => fn(ctx));
            }
            catch (err) {
                span.fail(err);
                throw err;
            }
            finally {
                span.end();
            }
        });
    }
}
//# sourceMappingURL=handler-scope.js.map