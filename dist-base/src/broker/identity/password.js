// Password hashes exactly as RabbitMQ stores them (rabbit_password): base64 of a 4-byte
// random salt followed by hash(salt ++ utf8 password). Keeping the format means a
// `password_hash` exported from RabbitMQ imports into Wharf and logs in with the same
// password, and the other way round.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
export const DEFAULT_HASHING = 'rabbit_password_hashing_sha256';
/** RabbitMQ's hashing modules and the digest each one uses. */
const DIGESTS = {
    rabbit_password_hashing_sha256: 'sha256',
    rabbit_password_hashing_sha512: 'sha512',
    // users imported from RabbitMQ before 3.6 carry MD5 hashes
    rabbit_password_hashing_md5: 'md5',
};
export function isHashingAlgorithm(name) {
    return Object.hasOwn(DIGESTS, name);
}
function salted(algorithm, salt, password) {
    return createHash(DIGESTS[algorithm] ?? 'sha256')
        .update(salt)
        .update(Buffer.from(password, 'utf8'))
        .digest();
}
/** A new salted hash of `password`, base64 as in RabbitMQ's definitions. */
export function hashPassword(password, algorithm = DEFAULT_HASHING) {
    const salt = randomBytes(4);
    return Buffer.concat([salt, salted(algorithm, salt, password)]).toString('base64');
}
/**
 * True when `password` matches the stored `hash`. An empty hash (a user created without a
 * password) never matches, as in RabbitMQ, where such users log in by other means only.
 */
export function verifyPassword(hash, algorithm, password) {
    const raw = Buffer.from(hash, 'base64');
    if (raw.length <= 4 || !isHashingAlgorithm(algorithm))
        return false;
    const want = raw.subarray(4);
    const got = salted(algorithm, raw.subarray(0, 4), password);
    return got.length === want.length && timingSafeEqual(got, want);
}
/** A base64 text that decodes to something (what RabbitMQ's b64decode_or_throw accepts). */
export function isBase64(text) {
    return /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 === 0;
}
//# sourceMappingURL=password.js.map