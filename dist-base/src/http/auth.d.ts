import type { IncomingMessage } from 'node:http';
import type { Broker } from '../broker/index.js';
export declare const CHALLENGE: {
    'www-authenticate': string;
};
export interface Refusal {
    body: {
        error: string;
        reason: string;
    };
    headers: Record<string, string>;
}
/** Returns why the request is refused, or undefined when its user may use the API. */
export declare function authenticate(broker: Broker, req: IncomingMessage): Refusal | undefined;
