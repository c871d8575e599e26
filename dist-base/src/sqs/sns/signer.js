// Signs SNS messages as SNS does (SignatureVersion 1: SHA1withRSA, 2: SHA256withRSA, over the
// "Name\nValue\n" string of the message's fields in SNS's order), with an RSA key that Wharf
// holds: kept in the data directory (`sns-signing-key.pem`, mode 0600) so signatures stay
// checkable across restarts, made in memory when there is none (storage 'memory'). Receivers
// fetch the self-signed certificate of that key from SigningCertURL (served by the SQS/SNS
// listener) and check the Signature with it. The key is made or read on first use only.
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pem, selfSignedCertificate } from './self-signed.js';
export const CERT_PATH = '/SimpleNotificationService-wharf.pem';
const KEY_FILE = 'sns-signing-key.pem';
/** The fields that are signed, per message type (SNS's documented order). */
const NOTIFICATION_FIELDS = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'];
const CONFIRMATION_FIELDS = [
    'Message',
    'MessageId',
    'SubscribeURL',
    'Timestamp',
    'Token',
    'TopicArn',
    'Type',
];
/** The string SNS signs for a message (absent optional fields, such as Subject, are left out). */
export function stringToSign(m) {
    const fields = m.Type === 'Notification' ? NOTIFICATION_FIELDS : CONFIRMATION_FIELDS;
    let s = '';
    for (const f of fields)
        if (typeof m[f] === 'string')
            s += `${f}\n${m[f]}\n`;
    return s;
}
export class SnsSigner {
    dataDir;
    key;
    cert;
    /** @param dataDir where the key is kept; undefined: a key for this process only */
    constructor(dataDir) {
        this.dataDir = dataDir;
    }
    privateKey() {
        if (this.key)
            return this.key;
        const file = this.dataDir === undefined ? undefined : path.join(this.dataDir, KEY_FILE);
        if (file !== undefined && fs.existsSync(file)) {
            this.key = createPrivateKey(fs.readFileSync(file));
        }
        else {
            this.key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
            if (file !== undefined) {
                // written whole under another name, then renamed: a crash leaves the old state or the new
                const tmp = `${file}.tmp`;
                fs.writeFileSync(tmp, this.key.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
                fs.renameSync(tmp, file);
            }
        }
        return this.key;
    }
    /** The certificate receivers check signatures with (PEM). */
    certificate() {
        this.cert ??= pem(selfSignedCertificate(this.privateKey(), 'Wharf SNS signing'));
        return this.cert;
    }
    /** Sets Signature on `m` (its SignatureVersion says which hash: "2" SHA-256, else SHA-1). */
    sign(m) {
        const hash = m.SignatureVersion === '2' ? 'sha256' : 'sha1';
        m.Signature = sign(hash, Buffer.from(stringToSign(m), 'utf8'), this.privateKey()).toString('base64');
    }
}
//# sourceMappingURL=signer.js.map