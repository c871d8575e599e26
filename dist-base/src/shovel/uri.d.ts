import type { Options } from 'amqplib';
export interface ParsedUri {
    /** true for an empty host: the local broker */
    local: boolean;
    tls: boolean;
    host: string;
    port: number | undefined;
    vhost: string;
    /** from the userinfo; undefined when the URI has none */
    username?: string;
    password?: string;
    query: URLSearchParams;
}
/** An invalid URI: `term` is what RabbitMQ would print (Erlang ~p) after "not a valid URI: ". */
export declare class UriError extends Error {
    readonly term: string;
    constructor(term: string);
}
/** Parses like amqp_uri:parse; throws UriError with its reason. */
export declare function parseUri(uri: string): ParsedUri;
/** The URI without userinfo and query, as RabbitMQ shows shovel URIs (remove_credentials). */
export declare function safeUri(uri: string): string;
export interface ConnectTarget {
    url: Options.Connect;
    socket: Record<string, unknown>;
}
/**
 * amqplib's connect arguments for a parsed URI. The local broker is reached over its
 * own AMQP listener at `local.port`, logging in with the URI's credentials when it has
 * them, else as `local.user` with the broker's internal credential.
 */
export declare function connectTarget(p: ParsedUri, name: string, local: {
    host: string;
    port: number;
    user: string | undefined;
    credential: string;
}): ConnectTarget;
