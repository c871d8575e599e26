import type { Exchange, ExchangeOptions } from './exchange.js';
export type { Binding, ExchangeOptions, ExchangeTap, HeadersOf } from './exchange.js';
export { bindingId, Exchange } from './exchange.js';
export declare function isExchangeType(type: string): boolean;
export declare function createExchange(vhost: string, name: string, type: string, options: ExchangeOptions): Exchange;
