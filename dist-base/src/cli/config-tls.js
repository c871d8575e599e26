/** Every field, whether it is a file path or a boolean, its variable and its flag. */
export const TLS_FIELDS = [
    { field: 'cert', kind: 'file', env: 'WHARF_TLS_CERT', flag: 'tlsCert' },
    { field: 'key', kind: 'file', env: 'WHARF_TLS_KEY', flag: 'tlsKey' },
    { field: 'ca', kind: 'file', env: 'WHARF_TLS_CA', flag: 'tlsCa' },
    { field: 'verifyPeer', kind: 'bool', env: 'WHARF_TLS_VERIFY_PEER' },
    { field: 'failIfNoPeerCert', kind: 'bool', env: 'WHARF_TLS_FAIL_IF_NO_PEER_CERT' },
];
const SHAPE = '{cert, key, ca?, verifyPeer?, failIfNoPeerCert?}';
/** The config file's `tls` object: known fields of the right types. */
export function checkTls(v, where) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new Error(`${where} must be an object ${SHAPE}, got ${JSON.stringify(v)}`);
    const out = {};
    for (const [k, value] of Object.entries(v)) {
        const f = TLS_FIELDS.find((x) => x.field === k);
        if (!f)
            throw new Error(`${where}: unknown field '${k}' (known: ${TLS_FIELDS.map((x) => x.field).join(', ')})`);
        out[k] = checkField(value, f.kind, `${where}.${k}`);
    }
    return out;
}
/**
 * Lays WHARF_TLS_* variables and --tls-* flags over the file's `tls` object, then
 * checks that whatever was given names both a certificate and a key.
 */
export function mergeTls(fromFile, env, flags) {
    const tls = { ...fromFile };
    for (const f of TLS_FIELDS) {
        const raw = env[f.env];
        if (raw !== undefined && raw !== '')
            tls[f.field] = fromText(raw, f.kind, `environment variable ${f.env}`);
    }
    for (const f of TLS_FIELDS) {
        const raw = f.flag === undefined ? undefined : flags[f.flag];
        if (raw !== undefined)
            tls[f.field] = fromText(raw, f.kind, flagName(f.flag));
    }
    if (Object.keys(tls).length === 0)
        return undefined;
    if (tls.cert === undefined || tls.key === undefined)
        throw new Error(`tls needs both a certificate and a key file (cert and key; WHARF_TLS_CERT and WHARF_TLS_KEY; --tls-cert and --tls-key)`);
    return tls;
}
function fromText(raw, kind, where) {
    if (kind === 'file')
        return raw;
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    throw new Error(`${where} must be true or false, got ${JSON.stringify(raw)}`);
}
function checkField(v, kind, where) {
    if (kind === 'file' && (typeof v !== 'string' || v === ''))
        throw new Error(`${where} must be a file path, got ${JSON.stringify(v)}`);
    if (kind === 'bool' && typeof v !== 'boolean')
        throw new Error(`${where} must be a boolean, got ${JSON.stringify(v)}`);
    return v;
}
function flagName(key) {
    return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
//# sourceMappingURL=config-tls.js.map