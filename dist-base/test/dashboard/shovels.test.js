// The dashboard's Shovels view in a real browser (Debian's chromium, driven by
// playwright-core), against two Wharf processes: a shovel created with the form moves
// messages from a queue of the first to the second, its row shows it running with its
// progress, a failing one shows its error, and the Delete button removes it. Everything
// goes through the management API, as the dashboard does. Screenshot in
// test-artifacts/dashboard/; WHARF_UPDATE_SCREENSHOTS=1 (or a missing file) also
// refreshes docs/screenshots/dashboard-shovels.png.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { closeQuietly, open } from '../helpers/amqp.js';
import { repoRoot, startWharf } from '../helpers/brokers.js';
import { api } from '../security/support.js';
import { putShovel, waitFor, wharfQueueMessages } from '../shovel/support.js';
const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (CI installs Debian's chromium)`;
const ARTIFACTS = join(repoRoot, 'test-artifacts', 'dashboard');
const DOC_SHOT = join(repoRoot, 'docs', 'screenshots', 'dashboard-shovels.png');
describe('dashboard: shovels', { skip: SKIP, timeout: 90_000 }, () => {
    let w;
    let dest;
    let browser;
    let page;
    before(async () => {
        mkdirSync(ARTIFACTS, { recursive: true });
        [w, dest] = await Promise.all([startWharf(), startWharf()]);
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
            timeout: 20_000,
        });
        page = await browser.newPage({ viewport: { width: 1400, height: 700 } });
        page.setDefaultTimeout(15_000);
        page.on('dialog', (d) => void d.accept());
    });
    after(async () => {
        await browser?.close().catch(() => undefined);
        await Promise.all([w?.stop(), dest?.stop()]);
    });
    test('create from the form, watch it move messages, see a failing one, delete', async () => {
        await page.goto(`http://127.0.0.1:${w.httpPort}/`);
        await page.fill('#username', 'guest');
        await page.fill('#password', 'guest');
        await page.click('#login-form button[type=submit]');
        await page.click('#tabs button[data-tab=shovels]');
        await page.locator('#shovels-empty').waitFor({ state: 'visible' });
        await page.fill('#shovel-name', 'orders-to-cluster');
        await page.fill('#shovel-src-queue', 'orders');
        await page.fill('#shovel-dest-uri', `amqp://guest:guest@127.0.0.1:${dest.amqpPort}`);
        await page.click('#shovel-form button[type=submit]');
        await page.locator('#shovel-result.ok').waitFor();
        const row = page.locator('#shovels-table tbody tr[data-name="orders-to-cluster"]');
        await row.locator('td.state-running').waitFor();
        const text = await row.innerText();
        assert.match(text, /amqp:\/\/ queue orders/);
        assert.match(text, new RegExp(`amqp://127\\.0\\.0\\.1:${dest.amqpPort} queue orders`));
        assert.ok(!text.includes('guest:guest'), 'no credentials on the page');
        const conn = await open(w.url);
        try {
            const ch = await conn.createConfirmChannel();
            for (let i = 0; i < 25; i++)
                ch.sendToQueue('orders', Buffer.from(`order ${i}`), { persistent: true });
            await ch.waitForConfirms();
        }
        finally {
            await closeQuietly(conn);
        }
        await waitFor(async () => (await wharfQueueMessages(dest.httpPort, 'orders')) === 25, 15_000, () => '25 moved');
        // the next refresh shows the count
        await row.locator('td', { hasText: /^25$/ }).first().waitFor();
        // one that cannot reach its destination shows why
        await putShovel(w.httpPort, 'unreachable', {
            'src-uri': 'amqp://',
            'src-queue': 'audit',
            'dest-uri': 'amqp://guest:guest@127.0.0.1:1',
            'reconnect-delay': 30,
        });
        const failing = page.locator('#shovels-table tbody tr[data-name="unreachable"]');
        await failing.locator('td.state-terminated').waitFor();
        assert.match(await failing.innerText(), /ECONNREFUSED/);
        await page.screenshot({ path: join(ARTIFACTS, 'shovels.png') });
        if (process.env.WHARF_UPDATE_SCREENSHOTS === '1' || !existsSync(DOC_SHOT)) {
            mkdirSync(join(repoRoot, 'docs', 'screenshots'), { recursive: true });
            copyFileSync(join(ARTIFACTS, 'shovels.png'), DOC_SHOT);
        }
        await failing.locator('button.shovel-delete').click();
        await failing.waitFor({ state: 'detached' });
        assert.equal((await api(w.httpPort, '/api/parameters/shovel/%2F/unreachable')).status, 404);
        await row.locator('button.shovel-delete').click();
        await page.locator('#shovels-empty').waitFor({ state: 'visible' });
    });
});
//# sourceMappingURL=shovels.test.js.map