// Redeclaration checks as RabbitMQ makes them: the flags must match, and of the
// arguments only those RabbitMQ itself interprets are compared (others are ignored).
import { BrokerError } from '../errors.js';
const QUEUE_ARGS = [
    'x-expires',
    'x-message-ttl',
    'x-dead-letter-exchange',
    'x-dead-letter-routing-key',
    'x-max-length',
    'x-max-length-bytes',
    'x-max-priority',
    'x-overflow',
    'x-queue-mode',
    'x-single-active-consumer',
    'x-queue-type',
    'x-delivery-limit',
];
const EXCHANGE_ARGS = ['alternate-exchange'];
export function assertFlag(kind, name, vhost, flag, got, cur) {
    if (got !== cur) {
        throw new BrokerError('PRECONDITION_FAILED', `inequivalent arg '${flag}' for ${kind} '${name}' in vhost '${vhost}': received '${got}' but current is '${cur}'`);
    }
}
export function assertArgs(kind, name, vhost, got, cur) {
    for (const key of kind === 'queue' ? QUEUE_ARGS : EXCHANGE_ARGS) {
        const a = got[key];
        const b = cur[key];
        if (String(a) === String(b) && typeof a === typeof b)
            continue;
        const recv = a === undefined ? 'none' : `the value '${a}'`;
        const now = b === undefined ? 'none' : `the value '${b}'`;
        throw new BrokerError('PRECONDITION_FAILED', `inequivalent arg '${key}' for ${kind} '${name}' in vhost '${vhost}': received ${recv} but current is ${now}`);
    }
}
//# sourceMappingURL=equivalence.js.map