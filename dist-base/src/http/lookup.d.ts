import type { Exchange } from '../broker/exchanges/index.js';
import type { Broker, Queue, VHost } from '../broker/index.js';
export declare function vhostOf(broker: Broker, name: string): VHost;
/** RabbitMQ names the default exchange 'amq.default' in paths. */
export declare function exchangeName(name: string): string;
export declare function exchangeOf(v: VHost, name: string): Exchange;
export declare function queueOf(v: VHost, name: string): Queue;
