export interface RetryPolicy {
    minDelayTarget: number;
    maxDelayTarget: number;
    numRetries: number;
    numNoDelayRetries: number;
    numMinDelayRetries: number;
    numMaxDelayRetries: number;
    backoffFunction: 'linear' | 'arithmetic' | 'geometric' | 'exponential';
}
export interface HttpDeliveryPolicy {
    retry: RetryPolicy;
    /** Content-Type of deliveries (requestPolicy.headerContentType); default text/plain; charset=UTF-8 */
    contentType: string;
}
export declare const DEFAULT_RETRY: RetryPolicy;
export declare const DEFAULT_CONTENT_TYPE = "text/plain; charset=UTF-8";
export declare class DeliveryPolicyError extends Error {
}
/** Checks a subscription's DeliveryPolicy attribute (throws DeliveryPolicyError). */
export declare function checkSubscriptionPolicy(text: string): void;
/** Checks a topic's DeliveryPolicy attribute (throws DeliveryPolicyError). */
export declare function checkTopicPolicy(text: string): void;
/** The policy in effect for one subscription (texts already checked when they were set). */
export declare function effectivePolicy(topicPolicy: string | undefined, subscriptionPolicy: string | undefined): HttpDeliveryPolicy;
/**
 * Seconds to wait before retry `k` (1 = the first retry, after the first failed attempt);
 * undefined once the policy's retries are spent.
 */
export declare function retryDelaySeconds(p: RetryPolicy, k: number): number | undefined;
