import type { Broker } from '../broker.js';
import { type Parameter } from '../topology/parameters.js';
import { type Policy } from '../topology/policies.js';
import type { VHost } from '../topology/vhost.js';
export { DefinitionsError } from './definitions-identity.js';
type Json = Record<string, unknown>;
/** A policy as RabbitMQ exports it (and as GET /api/policies lists it). */
export declare function policyJson(p: Policy): Json;
/** A runtime parameter as RabbitMQ exports it (and as GET /api/parameters lists it). */
export declare function parameterJson(p: Parameter): Json;
/** The whole broker's definitions (GET /api/definitions). */
export declare function exportDefinitions(broker: Broker): Json;
/**
 * One vhost's definitions (GET /api/definitions/{vhost}): no vhost fields, as RabbitMQ;
 * with `broker`, its runtime parameters (shovels) too.
 */
export declare function exportVhostDefinitions(v: VHost, broker?: Broker): Json;
/**
 * Applies a definitions document in RabbitMQ's order: users, vhosts, vhost limits,
 * permissions and topic permissions, then policies (before the queues, as RabbitMQ),
 * exchanges, queues and bindings, declared as AMQP would, then the parameters of
 * registered components (shovels: they start once their queues exist). The whole document is checked
 * first, so a bad item changes nothing. An item equivalent to an existing one is a no-op;
 * an inequivalent one fails with the engine's message; an invalid policy fails with
 * RabbitMQ's validation text. Items may name vhosts the document itself creates.
 * `vhost` given: the per-vhost form, items need no vhost field (and users, vhosts and
 * permissions are not read). Returns warnings for what was ignored; every change is
 * audited as made by `actor`.
 */
export declare function importDefinitions(broker: Broker, body: unknown, vhost?: string, actor?: string): string[];
