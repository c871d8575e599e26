import { type KeyObject } from 'node:crypto';
/** A certificate for `key` (RSA), issued by itself to `commonName`, valid from a day ago for `years`. */
export declare function selfSignedCertificate(key: KeyObject, commonName: string, years?: number): Buffer;
export declare function pem(der: Buffer): string;
