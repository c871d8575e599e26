// The `tls` setting of `wharf serve`: an object in the config file, or its fields one by
// one from WHARF_TLS_* environment variables and --tls-* flags (each later source
// wins, field by field). Only the shape is checked here; whether the files are
// readable, valid PEM and a matching pair is checked by the server at start.
import type { TlsConfig } from '../tls.js';

type Field = keyof TlsConfig;

/** Every field, whether it is a file path or a boolean, its variable and its flag. */
export const TLS_FIELDS: { field: Field; kind: 'file' | 'bool'; env: string; flag?: string }[] = [
  { field: 'cert', kind: 'file', env: 'WHARF_TLS_CERT', flag: 'tlsCert' },
  { field: 'key', kind: 'file', env: 'WHARF_TLS_KEY', flag: 'tlsKey' },
  { field: 'ca', kind: 'file', env: 'WHARF_TLS_CA', flag: 'tlsCa' },
  { field: 'verifyPeer', kind: 'bool', env: 'WHARF_TLS_VERIFY_PEER' },
  { field: 'failIfNoPeerCert', kind: 'bool', env: 'WHARF_TLS_FAIL_IF_NO_PEER_CERT' },
];

const SHAPE = '{cert, key, ca?, verifyPeer?, failIfNoPeerCert?}';

/** The config file's `tls` object: known fields of the right types. */
export function checkTls(v: unknown, where: string): Partial<TlsConfig> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new Error(`${where} must be an object ${SHAPE}, got ${JSON.stringify(v)}`);
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(v)) {
    const f = TLS_FIELDS.find((x) => x.field === k);
    if (!f)
      throw new Error(`${where}: unknown field '${k}' (known: ${TLS_FIELDS.map((x) => x.field).join(', ')})`);
    out[k] = checkField(value, f.kind, `${where}.${k}`);
  }
  return out as Partial<TlsConfig>;
}

/**
 * Lays WHARF_TLS_* variables and --tls-* flags over the file's `tls` object, then
 * checks that whatever was given names both a certificate and a key.
 */
export function mergeTls(
  fromFile: Partial<TlsConfig> | undefined,
  env: NodeJS.ProcessEnv,
  flags: Record<string, string | undefined>,
): TlsConfig | undefined {
  const tls: Record<string, unknown> = { ...fromFile };
  for (const f of TLS_FIELDS) {
    const raw = env[f.env];
    if (raw !== undefined && raw !== '')
      tls[f.field] = fromText(raw, f.kind, `environment variable ${f.env}`);
  }
  for (const f of TLS_FIELDS) {
    const raw = f.flag === undefined ? undefined : flags[f.flag];
    if (raw !== undefined) tls[f.field] = fromText(raw, f.kind, flagName(f.flag!));
  }
  if (Object.keys(tls).length === 0) return undefined;
  if (tls.cert === undefined || tls.key === undefined)
    throw new Error(
      `tls needs both a certificate and a key file (cert and key; WHARF_TLS_CERT and WHARF_TLS_KEY; --tls-cert and --tls-key)`,
    );
  return tls as unknown as TlsConfig;
}

function fromText(raw: string, kind: 'file' | 'bool', where: string): unknown {
  if (kind === 'file') return raw;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new Error(`${where} must be true or false, got ${JSON.stringify(raw)}`);
}

function checkField(v: unknown, kind: 'file' | 'bool', where: string): unknown {
  if (kind === 'file' && (typeof v !== 'string' || v === ''))
    throw new Error(`${where} must be a file path, got ${JSON.stringify(v)}`);
  if (kind === 'bool' && typeof v !== 'boolean')
    throw new Error(`${where} must be a boolean, got ${JSON.stringify(v)}`);
  return v;
}

function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
