/**
 * A write action (SendMessage, SNS Publish, ...) waits while a memory or disk alarm is on, as an AMQP
 * publisher is blocked: the answer comes once the alarm clears, so the sender slows down instead of
 * filling the disk or the memory further, and receivers keep draining meanwhile.
 */
export function heldWhileAlarmed(h) {
    return (ctx) => ctx.front.broker.resources.hold(() => h(ctx));
}
//# sourceMappingURL=context.js.map