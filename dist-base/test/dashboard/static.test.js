// The dashboard's static files on the management port: content types, `/` as
// index.html, no way out of the dashboard folder, and the API and metrics untouched.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DASHBOARD_ROOT, resolveDashboardPath } from '../../src/http/static.js';
import { startWharf } from '../helpers/brokers.js';
let wharf;
/** A raw GET, so the path reaches the server exactly as written (no URL normalization). */
function get(path) {
    return new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: wharf.httpPort, path, method: 'GET' }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (c) => (body += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }));
        });
        req.on('error', reject);
        req.setTimeout(5000, () => req.destroy(new Error(`GET ${path} timed out`)));
        req.end();
    });
}
describe('dashboard static files', { timeout: 30_000 }, () => {
    before(async () => {
        wharf = await startWharf();
    });
    after(async () => {
        await wharf?.stop();
    });
    test('serves index.html at / and the assets with their content types', async () => {
        const index = await get('/');
        assert.equal(index.status, 200);
        assert.match(index.type, /^text\/html/);
        assert.match(index.body, /<title>Wharf dashboard<\/title>/);
        const js = await get('/app.js');
        assert.equal(js.status, 200);
        assert.match(js.type, /^text\/javascript/);
        const css = await get('/style.css?v=1');
        assert.equal(css.status, 200);
        assert.match(css.type, /^text\/css/);
    });
    test('unknown files and directory traversal are 404', async () => {
        for (const path of [
            '/nope.html',
            '/../package.json',
            '/..%2Fpackage.json',
            '/%2e%2e/package.json',
            '/%2e%2e%2f%2e%2e%2fpackage.json',
            '/..\\package.json',
            '/%00',
            '/%E0%A4%A',
            '//etc/passwd',
        ]) {
            const r = await get(path);
            assert.equal(r.status, 404, path);
            assert.doesNotMatch(r.body, /"name": "wharf"/, path);
        }
    });
    test('the API still asks for credentials and /metrics stays open', async () => {
        assert.equal((await get('/api/overview')).status, 401);
        assert.equal((await get('/api')).status, 401);
        assert.equal((await get('/metrics')).status, 200);
    });
    test('resolveDashboardPath stays inside the folder', () => {
        assert.equal(resolveDashboardPath('/'), join(DASHBOARD_ROOT, 'index.html'));
        assert.equal(resolveDashboardPath('/a/./b.js'), join(DASHBOARD_ROOT, 'a', 'b.js'));
        assert.equal(resolveDashboardPath('/a/../../x'), undefined);
        assert.equal(resolveDashboardPath('/%2e%2e/x'), undefined);
        assert.equal(resolveDashboardPath('/x%00.js'), undefined);
    });
});
//# sourceMappingURL=static.test.js.map