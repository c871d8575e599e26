import type { TlsConfig } from '../tls.js';
type Field = keyof TlsConfig;
/** Every field, whether it is a file path or a boolean, its variable and its flag. */
export declare const TLS_FIELDS: {
    field: Field;
    kind: 'file' | 'bool';
    env: string;
    flag?: string;
}[];
/** The config file's `tls` object: known fields of the right types. */
export declare function checkTls(v: unknown, where: string): Partial<TlsConfig>;
/**
 * Lays WHARF_TLS_* variables and --tls-* flags over the file's `tls` object, then
 * checks that whatever was given names both a certificate and a key.
 */
export declare function mergeTls(fromFile: Partial<TlsConfig> | undefined, env: NodeJS.ProcessEnv, flags: Record<string, string | undefined>): TlsConfig | undefined;
export {};
