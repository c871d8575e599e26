import type { Broker } from '../broker/index.js';
import type { Credentials } from './codec/index.js';
export declare const KEY_COMPONENT = "sqs-access-key";
export declare class AccessKeys {
    private readonly broker;
    /**
     * The guest user's password hash last found to match "guest": checking it is a salted hash
     * per request otherwise. A changed password (a new hash) is checked again.
     */
    private guestHash;
    constructor(broker: Broker);
    private stored;
    /** The secret to check a signature with, or undefined for an unknown key (or guest off loopback). */
    secretOf(key: string, remoteAddress: string | undefined): Credentials | undefined;
    /** identity.login('guest', 'guest', remoteAddress).ok, the password checked once per hash. */
    private guestLogin;
    userOf(key: string): string | undefined;
}
