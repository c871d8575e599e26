import { createHmac, timingSafeEqual } from 'node:crypto';
import { digestHex } from './md5.js';
/**
 * Signing keys by secret, date, region and service: the four-HMAC derivation is the same for
 * every request a client signs in one day, so a listener keeps one of these. Bounded: when it
 * holds `max` keys it starts afresh (a key is one derivation away).
 */
export class SigningKeys {
    max;
    keys = new Map();
    constructor(max = 256) {
        this.max = max;
    }
    get(secret, date, region, service) {
        const k = `${secret}\u0000${date}\u0000${region}\u0000${service}`;
        let key = this.keys.get(k);
        if (key === undefined) {
            if (this.keys.size >= this.max)
                this.keys.clear();
            key = signingKey(secret, date, region, service);
            this.keys.set(k, key);
        }
        return key;
    }
}
const ALGORITHM = 'AWS4-HMAC-SHA256';
const SKEW = 15 * 60 * 1000;
function fail(code, message) {
    return { ok: false, code, message };
}
export function verifySigV4(req, lookup, options = {}) {
    const now = options.now ?? Date.now();
    const maxSkew = options.maxSkewMs ?? SKEW;
    const q = req.url.indexOf('?');
    const path = q < 0 ? req.url : req.url.slice(0, q);
    const query = q < 0 ? [] : parseQuery(req.url.slice(q + 1));
    const header = (n) => {
        const v = req.headers[n];
        return Array.isArray(v) ? v.join(',') : v;
    };
    const presigned = query.some(([k]) => k === 'X-Amz-Algorithm');
    let credential;
    let signedHeaders;
    let signature;
    let amzDate;
    let sessionToken;
    let expires;
    if (presigned) {
        const get = (k) => query.find(([x]) => x === k)?.[1];
        const missing = ['X-Amz-Credential', 'X-Amz-SignedHeaders', 'X-Amz-Signature', 'X-Amz-Date'].filter((k) => get(k) === undefined);
        if (get('X-Amz-Algorithm') !== ALGORITHM)
            return fail('IncompleteSignature', `Unsupported AWS 'algorithm': '${get('X-Amz-Algorithm')}'`);
        if (missing.length > 0)
            return fail('IncompleteSignature', `AWS query-string parameters must include ${missing.map((m) => `'${m}'`).join(', ')}.`);
        credential = get('X-Amz-Credential');
        signedHeaders = get('X-Amz-SignedHeaders');
        signature = get('X-Amz-Signature');
        amzDate = get('X-Amz-Date');
        sessionToken = get('X-Amz-Security-Token');
        const e = get('X-Amz-Expires');
        if (e !== undefined) {
            if (!/^\d+$/.test(e))
                return fail('IncompleteSignature', 'X-Amz-Expires must be a number of seconds.');
            expires = Number(e);
        }
    }
    else {
        const auth = header('authorization');
        if (auth === undefined) {
            return fail('MissingAuthenticationToken', 'The request must contain either a valid (registered) AWS access key ID or X.509 certificate.');
        }
        const space = auth.indexOf(' ');
        const algorithm = space < 0 ? auth : auth.slice(0, space);
        if (algorithm !== ALGORITHM)
            return fail('IncompleteSignature', `Unsupported AWS 'algorithm': '${algorithm}'`);
        const fields = new Map();
        for (const part of auth.slice(space + 1).split(',')) {
            const eq = part.indexOf('=');
            if (eq > 0)
                fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
        }
        const missing = ['Credential', 'Signature', 'SignedHeaders'].filter((k) => !fields.get(k));
        if (missing.length > 0) {
            return fail('IncompleteSignature', missing.map((m) => `Authorization header requires '${m}' parameter.`).join(' '));
        }
        credential = fields.get('Credential');
        signedHeaders = fields.get('SignedHeaders');
        signature = fields.get('Signature');
        amzDate = header('x-amz-date');
        sessionToken = header('x-amz-security-token');
        if (amzDate === undefined) {
            return fail('IncompleteSignature', "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
    }
    const scope = credential.split('/');
    if (scope.length !== 5 || scope[4] !== 'aws4_request' || !/^\d{8}$/.test(scope[1])) {
        return fail('IncompleteSignature', `Credential should be scoped to a valid region. '${credential}'`);
    }
    const [accessKeyId, date, region, service] = scope;
    const time = parseAmzDate(amzDate);
    if (time === null)
        return fail('IncompleteSignature', `Invalid X-Amz-Date: ${amzDate}`);
    if (amzDate.slice(0, 8) !== date) {
        return fail('SignatureDoesNotMatch', `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`);
    }
    if (presigned && expires !== undefined) {
        if (now > time + expires * 1000)
            return fail('RequestExpired', 'Request has expired.');
    }
    else if (time < now - maxSkew) {
        return fail('SignatureDoesNotMatch', `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(now - maxSkew)} (${formatAmzDate(now)} - 15 min.)`);
    }
    if (time > now + maxSkew) {
        return fail('SignatureDoesNotMatch', `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(now + maxSkew)} (${formatAmzDate(now)} + 15 min.)`);
    }
    const creds = lookup(accessKeyId, sessionToken);
    if (creds === undefined)
        return fail('InvalidClientTokenId', 'The security token included in the request is invalid.');
    const names = signedHeaders.split(';');
    if (!names.includes('host'))
        return fail('SignatureDoesNotMatch', "'Host' must be a 'SignedHeader' in the AWS Authorization.");
    let canonicalHeaders = '';
    for (const n of names) {
        const v = header(n);
        if (v === undefined)
            return fail('SignatureDoesNotMatch', `The signed header '${n}' is missing from the request.`);
        canonicalHeaders += `${n}:${v.trim().replace(/ +/g, ' ')}\n`;
    }
    const canonicalQuery = query
        .filter(([k]) => !(presigned && k === 'X-Amz-Signature'))
        .map(([k, v]) => [encode(k), encode(v)])
        .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
        .map(([k, v]) => `${k}=${v}`)
        .join('&');
    // Only S3 presigns with UNSIGNED-PAYLOAD; botocore's SigV4QueryAuth hashes the (empty) body.
    const declared = presigned ? undefined : header('x-amz-content-sha256');
    const bodyHash = declared === 'UNSIGNED-PAYLOAD' ? declared : sha256Hex(req.body);
    if (declared !== undefined && declared !== 'UNSIGNED-PAYLOAD' && declared !== bodyHash) {
        return fail('SignatureDoesNotMatch', 'The provided x-amz-content-sha256 header does not match the computed hash of the payload.');
    }
    const payloadHash = declared ?? bodyHash;
    const canonicalRequest = [
        req.method,
        canonicalUri(path),
        canonicalQuery,
        canonicalHeaders,
        signedHeaders,
        payloadHash,
    ].join('\n');
    const stringToSign = [
        ALGORITHM,
        amzDate,
        `${date}/${region}/${service}/aws4_request`,
        sha256Hex(canonicalRequest),
    ].join('\n');
    const key = options.keys?.get(creds.secretAccessKey, date, region, service) ??
        signingKey(creds.secretAccessKey, date, region, service);
    const expected = createHmac('sha256', key).update(stringToSign).digest();
    const given = /^[0-9a-f]{64}$/.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return fail('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.');
    }
    return { ok: true, accessKeyId, region, service };
}
export function signingKey(secret, date, region, service) {
    const kDate = createHmac('sha256', `AWS4${secret}`).update(date).digest();
    const kRegion = createHmac('sha256', kDate).update(region).digest();
    const kService = createHmac('sha256', kRegion).update(service).digest();
    return createHmac('sha256', kService).update('aws4_request').digest();
}
function sha256Hex(b) {
    return digestHex('sha256', b);
}
/** RFC 3986 percent-encoding of everything but unreserved characters. */
function encode(s) {
    return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function parseQuery(qs) {
    const out = [];
    for (const part of qs.split('&')) {
        if (part === '')
            continue;
        const eq = part.indexOf('=');
        const k = eq < 0 ? part : part.slice(0, eq);
        const v = eq < 0 ? '' : part.slice(eq + 1);
        out.push([decode(k), decode(v)]);
    }
    return out;
}
function decode(s) {
    try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
    }
    catch {
        return s;
    }
}
function canonicalUri(path) {
    if (path === '' || path === '/')
        return '/';
    const segments = [];
    for (const seg of path.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            segments.pop();
        else
            segments.push(seg);
    }
    const trailing = path.endsWith('/') && segments.length > 0 ? '/' : '';
    return `/${segments.map(encode).join('/')}${trailing}`;
}
function parseAmzDate(s) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
    if (m === null)
        return null;
    const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
    return Number.isNaN(t) ? null : t;
}
export function formatAmzDate(ms) {
    return new Date(ms)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
}
//# sourceMappingURL=sigv4.js.map