// A shovel's status in the shape of RabbitMQ's GET /api/shovels (rabbitmq_shovel_management:
// node, timestamp, name, vhost, type "dynamic", state starting|running|blocked|terminated,
// reason when terminated, src_uri/dest_uri without credentials, src_protocol,
// dest_protocol, src_queue or src_exchange + src_exchange_key, dest_queue or
// dest_exchange/dest_exchange_key, blocked_status, remaining, remaining_unacked, pending,
// forwarded), plus Wharf's progress counters: messages_moved, duplicates_risked,
// restarts, last_error, last_error_time.
import { safeUri } from './uri.js';
/** RabbitMQ's format_ts: local time, "2024-05-06 9:04:05" (the hour not padded). */
export function formatTimestamp(d) {
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${d.getHours()}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
const count = (n) => (Number.isFinite(n) ? Math.max(0, n) : 'unlimited');
export function shovelStatus(w, node) {
    const d = w.def;
    const running = w.state === 'running';
    const out = {
        node,
        timestamp: formatTimestamp(w.since),
        name: w.name,
        vhost: w.vhost,
        type: 'dynamic',
        // RabbitMQ 3.13+ shows a running shovel the destination blocked as "blocked"
        state: running && w.blocked ? 'blocked' : w.state,
    };
    if (w.state === 'terminated')
        out.reason = w.reason ?? '';
    out.src_uri = w.srcUri ?? safeUri(d.srcUris[0] ?? '');
    out.src_protocol = 'amqp091';
    out.dest_protocol = 'amqp091';
    out.dest_uri = w.destUri ?? safeUri(d.destUris[0] ?? '');
    if (d.srcQueue !== undefined)
        out.src_queue = d.srcQueue;
    else {
        out.src_exchange = d.srcExchange;
        out.src_exchange_key = d.srcExchangeKey;
    }
    if (d.destExchange !== undefined)
        out.dest_exchange = d.destExchange;
    if (d.destExchangeKey !== undefined)
        out.dest_exchange_key = d.destExchangeKey;
    if (d.destQueue !== undefined)
        out.dest_queue = d.destQueue;
    if (running)
        out.blocked_status = w.blocked ? 'blocked' : 'running';
    out.remaining = count(w.remaining);
    out.remaining_unacked = count(w.remainingUnacked);
    out.pending = w.pendingCount;
    out.forwarded = w.counters.forwarded;
    out.messages_moved = w.counters.moved;
    out.duplicates_risked = w.counters.duplicatesRisked;
    out.restarts = w.counters.restarts;
    out.last_error = w.lastError?.message ?? null;
    out.last_error_time = w.lastError ? formatTimestamp(w.lastError.at) : null;
    return out;
}
//# sourceMappingURL=status.js.map