import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
/**
 * A digest in hex: one call, no Hash object, where Node has crypto.hash (20.12 and later; a
 * digest per message of every send and receive), else through createHash.
 */
export const digestHex = typeof crypto.hash === 'function'
    ? (algorithm, data) => crypto.hash(algorithm, data, 'hex')
    : (algorithm, data) => createHash(algorithm).update(data).digest('hex');
export function md5Hex(data) {
    return digestHex('md5', data);
}
export function md5OfBody(body) {
    return md5Hex(Buffer.from(body, 'utf8'));
}
/** Undefined when there are no attributes: SQS then leaves the member out. */
export function md5OfMessageAttributes(attributes) {
    if (attributes === undefined)
        return undefined;
    const names = Object.keys(attributes).sort();
    if (names.length === 0)
        return undefined;
    const hash = createHash('md5');
    const len = Buffer.allocUnsafe(4);
    const field = (b) => {
        len.writeUInt32BE(b.length, 0);
        hash.update(len);
        hash.update(b);
    };
    for (const name of names) {
        const a = attributes[name];
        field(Buffer.from(name, 'utf8'));
        field(Buffer.from(a.DataType, 'utf8'));
        if (a.DataType.startsWith('Binary')) {
            hash.update(Buffer.from([2]));
            field(a.BinaryValue ?? Buffer.alloc(0));
        }
        else {
            hash.update(Buffer.from([1]));
            field(Buffer.from(a.StringValue ?? '', 'utf8'));
        }
    }
    return hash.digest('hex');
}
export const md5OfMessageSystemAttributes = md5OfMessageAttributes;
//# sourceMappingURL=md5.js.map