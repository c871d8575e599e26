import { notFound } from './json.js';
export function vhostOf(broker, name) {
    const v = broker.vhost(name);
    if (!v)
        throw notFound();
    return v;
}
/** RabbitMQ names the default exchange 'amq.default' in paths. */
export function exchangeName(name) {
    return name === 'amq.default' ? '' : name;
}
export function exchangeOf(v, name) {
    const ex = v.exchanges.get(exchangeName(name));
    if (!ex)
        throw notFound();
    return ex;
}
export function queueOf(v, name) {
    const q = v.queues.get(name);
    if (!q)
        throw notFound();
    return q;
}
//# sourceMappingURL=lookup.js.map