import { type Access, type Broker, type Stream, type StreamConfigChange } from '../broker/index.js';
export interface TopicInfo {
    name: string;
    partitions: number;
}
/** A refusal in Kafka's terms: the code to answer with and its message. */
export declare class TopicError extends Error {
    readonly code: number;
    constructor(code: number, message: string);
}
/** Stream settings a topic is created with (topic-configs.ts turns Kafka configs into these). */
export interface TopicSpec {
    maxAgeMs?: number;
    maxBytes?: number;
    segmentSize?: number;
    /** Kafka-only settings, kept as x-kafka-* arguments of the partitions */
    arguments?: Record<string, unknown>;
}
export declare class Topics {
    private readonly broker;
    readonly vhost: string;
    constructor(broker: Broker, vhost: string);
    private get registry();
    list(): TopicInfo[];
    get(name: string): TopicInfo | undefined;
    stream(name: string): Stream | undefined;
    /** Kafka's name rules (Topic.validate), as INVALID_TOPIC_EXCEPTION. */
    static validateName(name: string): void;
    /** Creates a topic of `partitions` streams; validateOnly checks and creates nothing. */
    create(name: string, partitions: number, spec?: TopicSpec, access?: Access, validateOnly?: boolean): void;
    /** CreatePartitions: grows a topic to `total` partitions (a one-partition topic's stream becomes partition 0). */
    addPartitions(name: string, total: number, access?: Access, validateOnly?: boolean): void;
    /** AlterConfigs: changes the topic's configs on every partition (recorded durably by the engine). */
    configure(name: string, change: StreamConfigChange, access?: Access): void;
    delete(name: string): void;
}
/** Maps an engine refusal to Kafka's code for topic operations. */
export declare function topicErrorCode(err: unknown): {
    code: number;
    message: string;
};
