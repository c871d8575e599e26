export declare const DEFAULT_HASHING = "rabbit_password_hashing_sha256";
export declare function isHashingAlgorithm(name: string): boolean;
/** A new salted hash of `password`, base64 as in RabbitMQ's definitions. */
export declare function hashPassword(password: string, algorithm?: string): string;
/**
 * True when `password` matches the stored `hash`. An empty hash (a user created without a
 * password) never matches, as in RabbitMQ, where such users log in by other means only.
 */
export declare function verifyPassword(hash: string, algorithm: string, password: string): boolean;
/** A base64 text that decodes to something (what RabbitMQ's b64decode_or_throw accepts). */
export declare function isBase64(text: string): boolean;
