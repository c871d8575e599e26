interface IntRange {
    min: number;
    max: number;
    dflt: number;
}
/** Integer attributes, their ranges and defaults. */
export declare const INT_ATTRIBUTES: Record<string, IntRange>;
export declare const READ_ONLY: string[];
/** Every name GetQueueAttributes knows (All expands to those that have a value). */
export declare const ALL_NAMES: Set<string>;
export interface RedrivePolicy {
    deadLetterTargetArn: string;
    maxReceiveCount: number;
}
/**
 * Checks attributes given to CreateQueue or SetQueueAttributes and returns them normalized
 * (integers without leading zeros, booleans lower-case). `creating` allows FifoQueue.
 */
export declare function checkAttributes(given: Record<string, string>, fifo: boolean, creating: boolean): Record<string, string>;
export declare function parseRedrivePolicy(text: string): RedrivePolicy;
export interface RedriveAllowPolicy {
    redrivePermission: 'allowAll' | 'denyAll' | 'byQueue';
    sourceQueueArns: string[];
}
export declare function parseRedriveAllowPolicy(text: string): RedriveAllowPolicy;
/** An integer attribute's value in effect (the stored one or the default). */
export declare function intAttribute(attrs: Record<string, string>, name: keyof typeof INT_ATTRIBUTES | string): number;
export {};
