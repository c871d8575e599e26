import type { StreamConfigChange } from '../broker/index.js';
import type { TopicSpec } from './topics.js';
/** DescribeConfigs' ConfigSource values (DescribeConfigsResponse.json). */
export declare const ConfigSource: {
    /** set on the topic (CreateTopics or AlterConfigs) */
    readonly TOPIC: 1;
    /** a Wharf policy's max-age / max-length-bytes applies: it wins over the topic's, as for any stream */
    readonly DYNAMIC_DEFAULT_BROKER: 3;
    /** Wharf's setting (the listener's options) */
    readonly STATIC_BROKER: 4;
    readonly DEFAULT: 5;
};
export interface ConfigDescription {
    name: string;
    value: string;
    isDefault: boolean;
    source: number;
    readOnly: boolean;
}
/** A config Wharf cannot take: the text of Kafka's INVALID_CONFIG. */
export declare class ConfigError extends Error {
}
/**
 * What a topic without the setting gets on Wharf (what DescribeConfigs reports as the default). These are
 * Wharf's, not Kafka's: a stream keeps everything unless retention is set (Kafka: 7 days), and the store's
 * segments are 32 MiB (Kafka: 1 GiB).
 */
export declare const TOPIC_DEFAULTS: Readonly<Record<string, string>>;
/** The topic's cleanup.policy values, from its partitions' arguments (['delete'] when unset). */
export declare function cleanupPolicies(args: Record<string, unknown>): string[];
/** delete.retention.ms of a topic: how long a tombstone outlives compaction (Kafka's default: 1 day). */
export declare function deleteRetentionMs(args: Record<string, unknown>): number;
/** A TopicSpec for CreateTopics configs; throws ConfigError with Kafka's INVALID_CONFIG text. */
export declare function configsToSpec(configs: readonly {
    name: string;
    value: string | null;
}[]): TopicSpec;
/**
 * AlterConfigs (the legacy, whole-set API): the listed configs are set, every other one goes back to its
 * default, as Kafka replaces a topic's config set.
 */
export declare function replaceConfigs(configs: readonly {
    name: string;
    value: string | null;
}[]): StreamConfigChange;
/** IncrementalAlterConfigs' operations (OpType): SET, DELETE, APPEND, SUBTRACT. */
export declare function incrementalConfigs(configs: readonly {
    name: string;
    configOperation: number;
    value: string | null;
}[], 
/** the topic's current arguments (APPEND and SUBTRACT work on its cleanup.policy list) */
current?: Record<string, unknown>): StreamConfigChange;
/**
 * The configs of a topic, from its first partition's arguments and the policy that applies to it (a policy's
 * max-age / max-length-bytes win over the arguments, as for any stream).
 */
export declare function describeTopicConfigs(args: Record<string, unknown>, policy: Readonly<Record<string, unknown>> | undefined, 
/** the listener's message.max.bytes (what a topic without max.message.bytes takes) */
brokerMaxMessageBytes?: number): ConfigDescription[];
