import { CERT_PATH } from './signer.js';
function finish(m, s) {
    m.SignatureVersion = s.version === '2' ? '2' : '1';
    s.signer.sign(m);
    m.SigningCertURL = `${s.origin}${CERT_PATH}`;
    return m;
}
export function notification(s, topicArn, subscriptionArn, messageId, message, subject, attrs, at) {
    const m = { Type: 'Notification', MessageId: messageId, TopicArn: topicArn };
    if (subject !== undefined)
        m.Subject = subject;
    m.Message = message;
    m.Timestamp = new Date(at).toISOString();
    finish(m, s);
    m.UnsubscribeURL = `${s.origin}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(subscriptionArn)}`;
    const names = Object.keys(attrs);
    if (names.length > 0) {
        const ma = {};
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
export function confirmation(s, type, topicArn, subscriptionArn, messageId, token, at) {
    const message = type === 'SubscriptionConfirmation'
        ? `You have chosen to subscribe to the topic ${topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`
        : `You have chosen to deactivate subscription ${subscriptionArn}.\nTo cancel this operation and restore the subscription, visit the SubscribeURL included in this message.`;
    const m = {
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
//# sourceMappingURL=messages.js.map