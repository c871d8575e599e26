// RabbitMQ's interval strings (x-max-age, stream retention policies): its own module so that
// policies, queue arguments and stream queues can share it without importing one another.
const UNIT_MS = {
    Y: 365 * 86_400_000,
    M: 30 * 86_400_000,
    D: 86_400_000,
    h: 3_600_000,
    m: 60_000,
    s: 1_000,
};
/** RabbitMQ's stream intervals: a positive integer and one unit of Y M D h m s ("7D", "1h"). */
export function parseInterval(v) {
    const m = /^(\d+)([YMDhms])$/.exec(v);
    return m ? Number(m[1]) * UNIT_MS[m[2]] : undefined;
}
//# sourceMappingURL=intervals.js.map