import type { Route } from './router.js';
/** RabbitMQ's properties_key: the quoted routing key ('~' when empty), plus a hash of the arguments. */
export declare function propertiesKey(routingKey: string, args: Record<string, unknown>): string;
export declare const bindingRoutes: Route[];
