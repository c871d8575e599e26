import type { PropertiesFormat } from '../broker/index.js';
import type { MessageAttributeValue } from './codec/index.js';
export declare const H_TYPES = "x-sqs-types";
export declare const H_GROUP = "x-sqs-group-id";
export declare const H_DEDUP = "x-sqs-dedup-id";
export declare const H_SEQUENCE = "x-sqs-sequence";
export declare const H_TRACE = "x-sqs-trace";
export declare const H_SENDER = "x-sqs-sender";
export declare const H_DLQ_SOURCE = "x-sqs-dlq-source";
export declare const H_SUBJECT = "x-sqs-subject";
export interface OutgoingSqs {
    messageId: string;
    attributes: Record<string, MessageAttributeValue>;
    groupId?: string;
    dedupId?: string;
    sequence?: string;
    trace?: string;
    sender?: string;
    dlqSource?: string;
    subject?: string;
    /** ms to hold the message before it becomes visible (header x-delay of the delay exchange) */
    delayMs?: number;
}
/** The AMQP properties of a message sent through SQS. */
export declare function encodeSqsProperties(format: PropertiesFormat, m: OutgoingSqs): Buffer;
export interface IncomingSqs {
    messageId: string;
    attributes: Record<string, MessageAttributeValue>;
    groupId?: string;
    dedupId?: string;
    sequence?: string;
    trace?: string;
    sender?: string;
    dlqSource?: string;
    subject?: string;
    /** the queue it was dead-lettered from most recently (x-death), for DeadLetterQueueSourceArn */
    deadFrom?: string;
}
/** What SQS shows of a stored message's properties. `fallbackId` names it when it has no message_id. */
export declare function decodeSqsProperties(format: PropertiesFormat, properties: Buffer, fallbackId: () => string): IncomingSqs;
export declare function newMessageId(): string;
/** A stable UUID-shaped id for a message that came without one (published over AMQP). */
export declare function derivedMessageId(queue: string, position: number, timestamp: number): string;
/** Does a MessageAttributeNames / AttributeNames request list select `name`? */
export declare function selects(list: readonly string[] | undefined, name: string): boolean;
