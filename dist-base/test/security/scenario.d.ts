import { type As, type Result } from './support.js';
export interface Names {
    /** the restricted user's vhost */
    v: string;
    /** a vhost the restricted user has no permissions in */
    v2: string;
    /** max-queues 2 */
    vl: string;
    /** max-connections 1 */
    vc: string;
    u: As;
    /** full permissions on v, vl, vc: sets up the topology */
    s: As;
    /** max-connections 1, max-channels 2 (full permissions on vl) */
    ul: As;
    /** tagged impersonator, full permissions on v */
    imp: As;
}
export declare function names(): Names;
export declare const U_PERMISSIONS: {
    configure: string;
    write: string;
    read: string;
};
export declare const U_TOPIC: {
    exchange: string;
    write: string;
    read: string;
};
/** The scenario's identity as a RabbitMQ definitions document. */
export declare function definitions(n: Names): Record<string, unknown>;
/** Runs the scenario against a broker set up with definitions(n); label -> result. */
export declare function run(port: number, n: Names): Promise<[string, Result][]>;
