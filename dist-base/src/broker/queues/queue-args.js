// Validation of the queue arguments RabbitMQ interprets, with its rules: a wrong type
// or value refuses the declare with PRECONDITION_FAILED. Unknown arguments pass.
import { parseInterval } from '../topology/intervals.js';
const isInt = (v) => (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint';
const typeName = (v) => typeof v === 'string'
    ? 'longstr'
    : typeof v === 'boolean'
        ? 'bool'
        : typeof v === 'number'
            ? 'double'
            : typeof v;
const nonNegInt = (v) => !isInt(v) ? `{unacceptable_type,${typeName(v)}}` : Number(v) < 0 ? `{value_negative,${v}}` : undefined;
const posInt = (v) => !isInt(v) ? `{unacceptable_type,${typeName(v)}}` : Number(v) <= 0 ? `{value_zero,${v}}` : undefined;
const str = (v) => (typeof v === 'string' ? undefined : `{unacceptable_type,${typeName(v)}}`);
const bool = (v) => (typeof v === 'boolean' ? undefined : `{unacceptable_type,${typeName(v)}}`);
const oneOf = (...allowed) => (v) => typeof v !== 'string'
    ? `{unacceptable_type,${typeName(v)}}`
    : allowed.includes(v)
        ? undefined
        : `{unknown_value,${v}}`;
const CHECKS = {
    'x-expires': posInt,
    'x-message-ttl': nonNegInt,
    'x-dead-letter-exchange': str,
    'x-dead-letter-routing-key': str,
    'x-dead-letter-on-expiry': bool,
    'x-max-length': nonNegInt,
    'x-max-length-bytes': nonNegInt,
    'x-max-priority': (v) => nonNegInt(v) ?? (Number(v) > 255 ? `{value_too_large,${v},255}` : undefined),
    'x-overflow': oneOf('drop-head', 'reject-publish', 'reject-publish-dlx'),
    'x-queue-mode': oneOf('default', 'lazy'),
    'x-single-active-consumer': bool,
    'x-queue-type': oneOf('classic', 'quorum', 'stream'),
    'x-max-age': (v) => typeof v === 'string' && parseInterval(v) !== undefined ? undefined : `{invalid_max_age,${String(v)}}`,
    'x-stream-max-segment-size-bytes': posInt,
    'x-delivery-limit': nonNegInt,
    'x-message-deduplication': bool,
    'x-deduplication-header': str,
    'x-cache-size': posInt,
    'x-cache-ttl': posInt,
};
/** [argument, reason] of the first invalid argument, or undefined. */
export function queueArgProblem(args) {
    for (const [k, check] of Object.entries(CHECKS)) {
        if (!(k in args) || args[k] === undefined)
            continue;
        const why = check(args[k]);
        if (why)
            return [k, why];
    }
    return undefined;
}
//# sourceMappingURL=queue-args.js.map