export const msgPerSec = { key: 'msg/s', unit: 'msg/s', better: 'higher' };
export const mbPerSec = { key: 'MB/s', unit: 'MB/s', better: 'higher' };
/** broker process CPU (user + system) per message, over the measured window: independent of the client */
export const brokerCpu = { key: 'broker µs/msg', unit: 'µs', better: 'lower' };
/**
 * CPU time over wall time of the broker process while it moved the messages (msg/s × µs/msg): 1.0 is one
 * core busy the whole time. Derived for every row that has both (see withBrokerCores).
 */
export const brokerCores = { key: 'broker cores', unit: 'cores', better: 'neither' };
/** The case's metrics, with broker cores after broker µs/msg where msg/s is measured too. */
export function metricsOf(c) {
    const derives = c.metrics.includes(brokerCpu) && c.metrics.includes(msgPerSec);
    return derives ? [...c.metrics, brokerCores] : c.metrics;
}
/** Adds broker cores to a sample's values when it has msg/s and broker µs/msg. */
export function withBrokerCores(values) {
    const rate = values[msgPerSec.key];
    const us = values[brokerCpu.key];
    if (Number.isFinite(rate) && Number.isFinite(us))
        values[brokerCores.key] = (rate * us) / 1e6;
    return values;
}
export const latMs = (p) => ({ key: `${p} ms`, unit: 'ms', better: 'lower' });
/** Deletes queues (and an exchange) even when the measurement failed. */
export async function cleanup(admin, queues, exchange) {
    for (const q of queues)
        await admin.deleteQueue(q).catch(() => { });
    if (exchange)
        await admin.deleteExchange(exchange).catch(() => { });
}
//# sourceMappingURL=types.js.map