import { DirectExchange } from './direct.js';
import { FanoutExchange } from './fanout.js';
import { HeadersExchange } from './headers.js';
import { TopicExchange } from './topic.js';
export { bindingId, Exchange } from './exchange.js';
const TYPES = new Map([
    ['direct', DirectExchange],
    ['fanout', FanoutExchange],
    ['topic', TopicExchange],
    ['headers', HeadersExchange],
]);
export function isExchangeType(type) {
    return TYPES.has(type);
}
export function createExchange(vhost, name, type, options) {
    const C = TYPES.get(type);
    if (!C)
        throw new Error(`unknown exchange type ${type}`);
    return new C(vhost, name, type, options);
}
//# sourceMappingURL=index.js.map