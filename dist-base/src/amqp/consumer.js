/** An AMQP basic.consume subscription, as the engine's Consumer. */
export class AmqpConsumer {
    tag;
    queue;
    channel;
    noAck;
    exclusive;
    prefetch;
    priority;
    ackTimeout;
    consumeArguments;
    /** unacked deliveries of this consumer (for its own prefetch) */
    unacked = 0;
    constructor(tag, queue, channel, noAck, exclusive, 
    /** per-consumer prefetch (basic.qos global=false) captured at consume time; 0 = unlimited */
    prefetch, priority = 0, 
    /** consumer acknowledgement timeout (ms) for this consumer's deliveries */
    ackTimeout = 1_800_000, consumeArguments = {}) {
        this.tag = tag;
        this.queue = queue;
        this.channel = channel;
        this.noAck = noAck;
        this.exclusive = exclusive;
        this.prefetch = prefetch;
        this.priority = priority;
        this.ackTimeout = ackTimeout;
        this.consumeArguments = consumeArguments;
    }
    canAccept() {
        if (!this.channel.canDeliver())
            return false;
        if (this.noAck)
            return true;
        return (this.prefetch === 0 || this.unacked < this.prefetch) && this.channel.deliveries.hasCredit(this);
    }
    deliver(queue, position, 
    /** priority level: passed back to Queue.ack/reject */
    level, head, flags, body, redelivered) {
        this.channel.deliver(this, queue, position, level, head, flags, body, redelivered);
    }
    cancelledByServer(_queue) {
        this.channel.serverCancel(this);
    }
}
//# sourceMappingURL=consumer.js.map