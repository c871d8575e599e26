// Property-driven publish rules RabbitMQ applies before routing: the user-id check and
// sender-selected distribution (CC/BCC headers add routing keys; BCC is removed from
// what consumers see). Both are rare, so each starts with a byte-level pre-check and
// decodes only when it might apply.
import { BasicFlag, decodeHeadersTyped, decodeProperties, replaceHeaders, typedToTable, } from './codec/index.js';
import { amqpError } from './errors.js';
const CC_KEY = Buffer.from('\u0002CC', 'latin1');
const BCC_KEY = Buffer.from('\u0003BCC', 'latin1');
export function checkUserId(properties, user) {
    if (properties.length < 2 || (properties.readUInt16BE(0) & BasicFlag.USER_ID) === 0)
        return;
    const userId = decodeProperties(properties).userId;
    if (userId !== undefined && userId !== user) {
        throw amqpError('PRECONDITION_FAILED', `user_id property set to '${userId}' but authenticated user was '${user}'`);
    }
}
/** Returns undefined when the message has no CC/BCC header (the common case). */
export function senderSelected(properties) {
    if (properties.length < 2 || (properties.readUInt16BE(0) & BasicFlag.HEADERS) === 0)
        return undefined;
    const hasCc = properties.indexOf(CC_KEY) >= 0;
    const hasBcc = properties.indexOf(BCC_KEY) >= 0;
    if (!hasCc && !hasBcc)
        return undefined;
    const headers = decodeProperties(properties).headers ?? {};
    const keys = [...stringList(headers.CC), ...stringList(headers.BCC)];
    if (!('BCC' in headers))
        return keys.length ? { properties, keys } : undefined;
    const typed = decodeHeadersTyped(properties) ?? {};
    delete typed.BCC;
    return { properties: replaceHeaders(properties, typedToTable(typed)), keys };
}
function stringList(v) {
    if (!Array.isArray(v))
        return [];
    return v.filter((x) => typeof x === 'string' || Buffer.isBuffer(x)).map(String);
}
//# sourceMappingURL=publish-properties.js.map