import type { MessageAttributeValue } from '../codec/index.js';
import type { SnsSigner } from './signer.js';
export interface Signing {
    signer: SnsSigner;
    /** scheme://host:port the subscriber reaches Wharf at (SigningCertURL, SubscribeURL, UnsubscribeURL) */
    origin: string;
    /** the topic's SignatureVersion attribute */
    version: string | undefined;
}
export declare function notification(s: Signing, topicArn: string, subscriptionArn: string, messageId: string, message: string, subject: string | undefined, attrs: Record<string, MessageAttributeValue>, at: number): Record<string, unknown>;
/** SubscriptionConfirmation (subscribe) or UnsubscribeConfirmation (unsubscribe). */
export declare function confirmation(s: Signing, type: 'SubscriptionConfirmation' | 'UnsubscribeConfirmation', topicArn: string, subscriptionArn: string, messageId: string, token: string, at: number): Record<string, unknown>;
