/** An error answered as `{error, reason}` with its HTTP status. */
export class HttpError extends Error {
    status;
    error;
    reason;
    constructor(status, error, reason) {
        super(reason);
        this.status = status;
        this.error = error;
        this.reason = reason;
    }
}
export const notFound = () => new HttpError(404, 'Object Not Found', 'Not Found');
export const badRequest = (reason) => new HttpError(400, 'bad_request', reason);
/** Engine values as JSON: longs as numbers, byte strings as text. */
function replacer(_key, v) {
    if (typeof v === 'bigint')
        return Number(v);
    if (v !== null && typeof v === 'object' && v.type === 'Buffer') {
        const data = v.data;
        if (Array.isArray(data))
            return Buffer.from(data).toString('utf8');
    }
    return v;
}
export function sendJson(res, status, body, headers = {}) {
    const text = JSON.stringify(body, replacer);
    res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
        ...headers,
    });
    res.end(text);
}
export function sendEmpty(res, status) {
    res.writeHead(status);
    res.end();
}
const MAX_BODY = 16 * 1024 * 1024;
/** Reads and parses a JSON request body; an empty body is an empty object. */
export function readJson(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size > MAX_BODY) {
                reject(new HttpError(413, 'bad_request', 'request body too large'));
                req.destroy();
                return;
            }
            chunks.push(c);
        });
        req.on('error', reject);
        req.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (text.trim() === '')
                return resolve({});
            try {
                resolve(JSON.parse(text));
            }
            catch (err) {
                reject(badRequest(`invalid JSON: ${err.message}`));
            }
        });
    });
}
/** The body as a JSON object, or 400. */
export function asObject(v) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        throw badRequest('expected a JSON object');
    return v;
}
//# sourceMappingURL=json.js.map