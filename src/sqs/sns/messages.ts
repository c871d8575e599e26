// The JSON documents SNS sends to subscribers, field for field as SNS writes them: a
// Notification (also the envelope of a non-raw SQS delivery), and the SubscriptionConfirmation
// and UnsubscribeConfirmation of http/https subscriptions. Each is signed (signer.ts) with the
// topic's SignatureVersion ("1" SHA1withRSA by default, "2" SHA256withRSA).
import type { MessageAttributeValue } from '../codec/index.js';
import type { SnsSigner } from './signer.js';
import { CERT_PATH } from './signer.js';

export interface Signing {
  signer: SnsSigner;
  /** scheme://host:port the subscriber reaches Wharf at (SigningCertURL, SubscribeURL, UnsubscribeURL) */
  origin: string;
  /** the topic's SignatureVersion attribute */
  version: string | undefined;
}

function finish(m: Record<string, unknown>, s: Signing): Record<string, unknown> {
  m.SignatureVersion = s.version === '2' ? '2' : '1';
  s.signer.sign(m);
  m.SigningCertURL = `${s.origin}${CERT_PATH}`;
  return m;
}

export function notification(
  s: Signing,
  topicArn: string,
  subscriptionArn: string,
  messageId: string,
  message: string,
  subject: string | undefined,
  attrs: Record<string, MessageAttributeValue>,
  at: number,
): Record<string, unknown> {
  const m: Record<string, unknown> = { Type: 'Notification', MessageId: messageId, TopicArn: topicArn };
  if (subject !== undefined) m.Subject = subject;
  m.Message = message;
  m.Timestamp = new Date(at).toISOString();
  finish(m, s);
  m.UnsubscribeURL = `${s.origin}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(subscriptionArn)}`;
  const names = Object.keys(attrs);
  if (names.length > 0) {
    const ma: Record<string, { Type: string; Value: string }> = {};
    for (const n of names) {
      const a = attrs[n];
      ma[n] = {
        Type: a.DataType,
        Value: a.BinaryValue ? a.BinaryValue.toString('base64') : (a.StringValue ?? ''),
      };
    }
    m.MessageAttributes = ma;
  }
  return m;
}

/** SubscriptionConfirmation (subscribe) or UnsubscribeConfirmation (unsubscribe). */
export function confirmation(
  s: Signing,
  type: 'SubscriptionConfirmation' | 'UnsubscribeConfirmation',
  topicArn: string,
  subscriptionArn: string,
  messageId: string,
  token: string,
  at: number,
): Record<string, unknown> {
  const message =
    type === 'SubscriptionConfirmation'
      ? `You have chosen to subscribe to the topic ${topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`
      : `You have chosen to deactivate subscription ${subscriptionArn}.\nTo cancel this operation and restore the subscription, visit the SubscribeURL included in this message.`;
  const m: Record<string, unknown> = {
    Type: type,
    MessageId: messageId,
    Token: token,
    TopicArn: topicArn,
    Message: message,
    SubscribeURL: `${s.origin}/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(topicArn)}&Token=${token}`,
    Timestamp: new Date(at).toISOString(),
  };
  return finish(m, s);
}
