// The web dashboard's static files (GET requests outside /api and /metrics): served
// from the repository's dashboard/ folder, which the dashboard's own code uses only as
// a client of the management API. Paths are decoded, checked for `..` and normalized,
// and the result must stay inside the folder; anything else is a plain 404.
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
/** dashboard/ at the repository root; this module runs from dist/src/http. */
export const DASHBOARD_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dashboard');
const CONTENT_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.txt': 'text/plain; charset=utf-8',
};
// The dashboard loads only its own files and talks only to this origin.
const SECURITY_HEADERS = {
    'content-security-policy': "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
};
function notFound(res) {
    const body = 'Not Found\n';
    res.writeHead(404, {
        'content-type': 'text/plain; charset=utf-8',
        'content-length': Buffer.byteLength(body),
    });
    res.end(body);
}
/** The file a URL path names inside `root`, or undefined when it would leave it. */
export function resolveDashboardPath(urlPath, root = DASHBOARD_ROOT) {
    let decoded;
    try {
        decoded = decodeURIComponent(urlPath);
    }
    catch {
        return undefined;
    }
    if (decoded.includes('\0') || decoded.split(/[\\/]/).includes('..'))
        return undefined;
    if (decoded === '' || decoded.endsWith('/'))
        decoded += 'index.html';
    const file = resolve(root, `.${sep}${normalize(decoded)}`);
    return file.startsWith(root + sep) ? file : undefined;
}
export async function serveDashboard(req, res, urlPath) {
    req.resume();
    const file = resolveDashboardPath(urlPath);
    if (file === undefined)
        return notFound(res);
    try {
        if (!(await stat(file)).isFile())
            return notFound(res);
        const body = await readFile(file);
        res.writeHead(200, {
            'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
            'content-length': body.length,
            ...SECURITY_HEADERS,
        });
        res.end(body);
    }
    catch {
        notFound(res);
    }
}
//# sourceMappingURL=static.js.map