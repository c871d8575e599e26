// Per-queue message counters, RabbitMQ's message_stats names: cumulative counts only
// (rates are derived by whoever samples them). Plain number fields: incrementing them
// is the only cost on the message path.
export class QueueStats {
    publish = 0;
    deliver = 0;
    get = 0;
    ack = 0;
    redeliver = 0;
    deadLettered = 0;
    expired = 0;
    dropped = 0;
}
//# sourceMappingURL=queue-stats.js.map