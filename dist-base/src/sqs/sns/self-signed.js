// A self-signed X.509 v3 certificate for an RSA key, in DER, built by hand: Node can sign and
// parse certificates (crypto.X509Certificate) but not make one, and SNS notifications name a
// certificate (SigningCertURL) that receivers fetch to check the Signature with its public key.
//
//   Certificate    ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }
//   TBSCertificate ::= SEQUENCE { [0] EXPLICIT version (2 = v3), serialNumber INTEGER,
//                      signature AlgorithmIdentifier, issuer Name, validity SEQUENCE { notBefore,
//                      notAfter }, subject Name, subjectPublicKeyInfo }      (RFC 5280 §4.1)
import { createPublicKey, randomBytes, sign } from 'node:crypto';
function len(n) {
    if (n < 0x80)
        return Buffer.from([n]);
    const bytes = [];
    for (let v = n; v > 0; v = Math.floor(v / 256))
        bytes.unshift(v & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
function tlv(tag, ...content) {
    const body = Buffer.concat(content);
    return Buffer.concat([Buffer.from([tag]), len(body.length), body]);
}
const seq = (...c) => tlv(0x30, ...c);
const NULL = Buffer.from([0x05, 0x00]);
// 1.2.840.113549.1.1.11 sha256WithRSAEncryption
const SHA256_RSA = seq(Buffer.from('06092a864886f70d01010b', 'hex'), NULL);
// 2.5.4.3 commonName
const CN = Buffer.from('0603550403', 'hex');
function name(commonName) {
    return seq(tlv(0x31, seq(CN, tlv(0x0c, Buffer.from(commonName, 'utf8')))));
}
/** UTCTime (years 1950-2049, RFC 5280 §4.1.2.5.1): YYMMDDHHMMSSZ */
function utcTime(d) {
    const p = (n) => String(n).padStart(2, '0');
    const s = p(d.getUTCFullYear() % 100) +
        p(d.getUTCMonth() + 1) +
        p(d.getUTCDate()) +
        p(d.getUTCHours()) +
        p(d.getUTCMinutes()) +
        p(d.getUTCSeconds()) +
        'Z';
    return tlv(0x17, Buffer.from(s, 'ascii'));
}
/** A certificate for `key` (RSA), issued by itself to `commonName`, valid from a day ago for `years`. */
export function selfSignedCertificate(key, commonName, years = 10) {
    const serial = randomBytes(16);
    serial[0] &= 0x7f; // a positive INTEGER
    const now = Date.now();
    const tbs = seq(tlv(0xa0, tlv(0x02, Buffer.from([2]))), tlv(0x02, serial), SHA256_RSA, name(commonName), seq(utcTime(new Date(now - 86_400_000)), utcTime(new Date(now + years * 365 * 86_400_000))), name(commonName), createPublicKey(key).export({ type: 'spki', format: 'der' }));
    const signature = sign('sha256', tbs, key);
    return seq(tbs, SHA256_RSA, tlv(0x03, Buffer.from([0]), signature));
}
export function pem(der) {
    const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n');
    return `-----BEGIN CERTIFICATE-----\n${b64}${b64.endsWith('\n') ? '' : '\n'}-----END CERTIFICATE-----\n`;
}
//# sourceMappingURL=self-signed.js.map