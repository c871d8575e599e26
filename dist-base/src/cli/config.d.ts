import type { WharfOptions } from '../server.js';
export interface ServeFlags {
    config?: string;
    host?: string;
    amqpPort?: string;
    httpPort?: string;
    dataDir?: string;
    storage?: string;
    logLevel?: string;
    loadDefinitions?: string;
    recoverDefinitions?: boolean;
    amqpsPort?: string;
    httpsPort?: string;
    respPort?: string;
    respsPort?: string;
    tlsCert?: string;
    tlsKey?: string;
    tlsCa?: string;
    kafkaPort?: string;
    sqsPort?: string;
    sqssPort?: string;
    kafkaTlsPort?: string;
    kafkaAdvertisedHost?: string;
    /** commander gives true for a bare --metrics-auth */
    metricsAuth?: boolean | string;
}
export interface ServeConfig extends WharfOptions {
    logLevel: string;
}
type Kind = 'string' | 'port' | 'listenPort' | 'count' | 'positive' | 'fraction' | 'users' | 'alertRules' | 'level' | 'tls' | 'storage' | 'boolean';
/** Every config-file key, its kind, and its environment variable. */
export declare const SETTINGS: Record<string, {
    kind: Kind;
    env?: string;
}>;
export declare function loadConfig(flags: ServeFlags, env?: NodeJS.ProcessEnv): ServeConfig;
/** A JSON config file's settings, checked (checkSettings). */
export declare function readConfigFile(path: string): Record<string, unknown>;
/**
 * Settings given as an object (a config file's, or startWharf's options), each checked as
 * the config file's: an unknown key or a wrong value throws, naming `where`. Keys whose
 * value is undefined are left out.
 */
export declare function checkSettings(obj: Record<string, unknown>, where: string): Record<string, unknown>;
export {};
