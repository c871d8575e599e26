import { ValidationError } from '../errors.js';
export type ApplyTo = 'all' | 'queues' | 'exchanges' | 'classic_queues' | 'quorum_queues' | 'streams';
export type QueueKind = 'classic' | 'quorum' | 'stream';
export type Overflow = 'drop-head' | 'reject-publish' | 'reject-publish-dlx';
/** What a policy is matched against: an exchange, or a queue of some type. */
export type PolicyTarget = {
    kind: 'exchange';
} | {
    kind: 'queue';
    type: QueueKind;
};
export interface Policy {
    readonly vhost: string;
    readonly name: string;
    readonly pattern: string;
    readonly applyTo: ApplyTo;
    readonly priority: number;
    readonly definition: Readonly<Record<string, unknown>>;
    readonly regex: RegExp;
}
/** The parts of a policy as a client sends them (HTTP body, definitions file, the log). */
export interface PolicyInput {
    pattern: unknown;
    definition: unknown;
    priority?: unknown;
    applyTo?: unknown;
}
/** A policy RabbitMQ would refuse; the message is RabbitMQ's "Validation failed" text. */
export declare class PolicyError extends ValidationError {
}
/** A value as Erlang's ~p prints the JSON term RabbitMQ decoded (its error texts show these). */
export declare function erlangTerm(v: unknown): string;
/**
 * A validated policy, or a PolicyError listing every problem as RabbitMQ does (definition,
 * apply-to, pattern, priority, in its order). Priority defaults to 0, apply-to to "all".
 */
export declare function parsePolicy(vhost: string, name: string, input: PolicyInput): Policy;
/** True when two policies say the same thing (setting an identical one changes nothing). */
export declare function samePolicy(a: Policy, b: Policy): boolean;
/** The policy that applies to the named object: highest priority, then name order. */
export declare function matchPolicy(policies: Iterable<Policy>, name: string, target: PolicyTarget): Policy | undefined;
/** Policies in the order RabbitMQ's GET /api/policies lists them: priority, then vhost and name. */
export declare function sortedPolicies(policies: Iterable<Policy>): Policy[];
export declare function queueKind(args: Record<string, unknown>): QueueKind;
/** What a queue runs with, from its arguments and its policy. */
export interface QueueSettings {
    deadLetterExchange: string | undefined;
    deadLetterRoutingKey: string | undefined;
    messageTtl: number | undefined;
    expiresMs: number | undefined;
    maxLength: number | undefined;
    maxLengthBytes: number | undefined;
    overflow: Overflow;
    /** quorum queues only */
    deliveryLimit: number | undefined;
}
/** Settings of a classic or quorum queue (a stream has none of these: see streamRetention). */
export declare function queueSettings(args: Record<string, unknown>, def: Readonly<Record<string, unknown>> | undefined): QueueSettings;
/** A stream's retention: the policy wins over the argument (rabbit_stream_queue). */
export declare function streamRetention(args: Record<string, unknown>, def: Readonly<Record<string, unknown>> | undefined): {
    maxAgeMs: number | undefined;
    maxBytes: number | undefined;
};
/** An exchange's alternate exchange: its own argument wins over the policy (rabbit_policy:get_arg). */
export declare function alternateExchange(args: Record<string, unknown>, def: Readonly<Record<string, unknown>> | undefined): string | undefined;
