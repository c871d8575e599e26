import type { AuditEvent } from '../operations/audit.js';
import type { DefinitionRecord } from '../definitions/definitions.js';
import { ValidationError } from '../errors.js';
export type ParameterValue = Record<string, unknown>;
export interface Parameter {
    vhost: string;
    component: string;
    name: string;
    value: ParameterValue;
    /**
     * The user who set it, when a user did (not a definitions file): a component may act
     * as that user (a shovel's local connection). Never exported.
     */
    user?: string;
}
export interface ParameterComponent {
    /**
     * RabbitMQ's validate/5: the problems found, in RabbitMQ's texts and order (empty when
     * valid). `user` is the acting user, undefined for a definitions file at start.
     */
    validate(vhost: string, name: string, value: unknown, user: string | undefined): string[];
    /** a parameter was created or changed (not called during replay at boot) */
    onSet?(p: Parameter): void;
    /** a parameter was cleared, or its vhost deleted */
    onClear?(vhost: string, name: string): void;
}
/** A set or clear RabbitMQ would refuse; the message is its error text ("Validation failed..."). */
export declare class ParameterError extends ValidationError {
}
/** RabbitMQ's format_error: the header line, a blank line, then one line per problem. */
export declare function validationFailed(problems: string[]): ParameterError;
type ParameterRecord = Extract<DefinitionRecord, {
    op: 'parameter' | 'parameter.delete';
}>;
export interface ParametersContext {
    record(r: DefinitionRecord): void;
    audit(e: AuditEvent): void;
    vhostExists(name: string): boolean;
}
export declare class Parameters {
    private readonly ctx;
    private readonly components;
    private readonly values;
    constructor(ctx: ParametersContext);
    /** Makes `component` known (RabbitMQ's rabbit_registry:register(runtime_parameter, ...)). */
    register(component: string, handler: ParameterComponent): void;
    has(component: string): boolean;
    get(vhost: string, component: string, name: string): Parameter | undefined;
    /** Every parameter, optionally of one component and one vhost, by vhost then name. */
    list(component?: string, vhost?: string): Parameter[];
    /** The problems RabbitMQ would report for this set, without changing anything. */
    check(vhost: string, component: string, name: string, value: unknown, user: string | undefined): string[];
    /**
     * RabbitMQ's rabbit_runtime_parameters:set: validates (ParameterError with RabbitMQ's
     * text), records, applies and notifies the component. 'unchanged' when the value is the
     * one already set (nothing recorded or notified, as RabbitMQ's {old, Term}).
     */
    set(vhost: string, component: string, name: string, value: unknown, actor: string, user: string | undefined): 'created' | 'updated' | 'unchanged';
    /** RabbitMQ's clear: false when there was no such parameter ("Parameter does not exist"). */
    clear(vhost: string, component: string, name: string, actor: string): boolean;
    /** The vhost is gone: its parameters go with it (RabbitMQ deletes them with the vhost). */
    dropVhost(vhost: string): void;
    /** Boot: restores a recorded set or clear without validating or notifying. */
    replay(r: ParameterRecord): void;
    /** The live set, for compaction of the definitions log. */
    records(): DefinitionRecord[];
}
export {};
