// The web dashboard end to end in a real browser (Debian's chromium, driven by
// playwright-core): login (a wrong password shows the error), the queues table with
// live counts, the name filter, and a queue's detail fetching messages over the API;
// then alerts (the Alerts tab and the badges in the queues table) and dead-letter replay
// from a queue's detail. Screenshots go to test-artifacts/dashboard/;
// WHARF_UPDATE_SCREENSHOTS=1 (or a missing file) also refreshes
// docs/screenshots/dashboard-queues.png and dashboard-alerts.png.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { connect } from 'amqplib';
import { repoRoot, startWharf } from '../helpers/brokers.js';
const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (CI installs Debian's chromium)`;
const ARTIFACTS = join(repoRoot, 'test-artifacts', 'dashboard');
const DOC_SHOT = join(repoRoot, 'docs', 'screenshots', 'dashboard-queues.png');
const DOC_ALERTS_SHOT = join(repoRoot, 'docs', 'screenshots', 'dashboard-alerts.png');
const STEP_MS = 10_000;
const QUEUE = 'orders.incoming';
const OTHER = 'audit.log';
const XSS = '<img src=x onerror=alert(1)>';
const WORK = 'jobs.work';
const DLX = 'jobs.dlx';
const DLQ = 'jobs.dlq';
/** Copies a screenshot into docs/screenshots when missing or WHARF_UPDATE_SCREENSHOTS=1. */
function updateDocShot(from, to) {
    if (process.env.WHARF_UPDATE_SCREENSHOTS === '1' || !existsSync(to)) {
        mkdirSync(join(repoRoot, 'docs', 'screenshots'), { recursive: true });
        copyFileSync(from, to);
    }
}
describe('dashboard in a browser', { skip: SKIP, timeout: 60_000 }, () => {
    let wharf;
    let conn;
    let browser;
    let page;
    before(async () => {
        mkdirSync(ARTIFACTS, { recursive: true });
        wharf = await startWharf();
        conn = await connect(wharf.url);
        const ch = await conn.createConfirmChannel();
        await ch.assertQueue(QUEUE, { durable: true });
        await ch.assertQueue(OTHER, { durable: true });
        await ch.assertQueue(XSS, { durable: false });
        for (let i = 1; i <= 3; i++)
            ch.sendToQueue(QUEUE, Buffer.from(`{"order":${i},"text":"hello ${i}"}`));
        await ch.waitForConfirms();
        await ch.close();
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
            timeout: 20_000,
        });
        page = await browser.newPage({ viewport: { width: 1200, height: 560 } });
        page.setDefaultTimeout(STEP_MS);
        page.on('dialog', (d) => void d.dismiss());
    });
    after(async () => {
        await browser?.close().catch(() => undefined);
        await conn?.close().catch(() => undefined);
        await wharf?.stop();
    });
    test('a wrong password shows the login error', async () => {
        await page.goto(`http://127.0.0.1:${wharf.httpPort}/`);
        await page.fill('#username', 'guest');
        await page.fill('#password', 'wrong');
        await page.click('#login-form button[type=submit]');
        await page.locator('#login-error').waitFor({ state: 'visible' });
        assert.match(await page.locator('#login-error').innerText(), /wrong username or password/i);
        assert.equal(await page.locator('#tabs').isVisible(), false);
        await page.screenshot({ path: join(ARTIFACTS, 'login-error.png') });
    });
    test('log in, see the overview, the queue with 3 ready, filter it and get its messages', async () => {
        await page.fill('#username', 'guest');
        await page.fill('#password', 'guest');
        await page.click('#login-form button[type=submit]');
        await page.locator('#tabs').waitFor({ state: 'visible' });
        assert.equal(await page.locator('#login').isVisible(), false);
        await page.locator('#queue-totals dd').first().waitFor();
        await page.waitForFunction(() => document.querySelector('#object-totals')?.textContent?.includes('Queues'));
        await page.screenshot({ path: join(ARTIFACTS, 'overview.png') });
        await page.click('#tabs button[data-tab=queues]');
        const row = page.locator('#queues-table tbody tr', { has: page.locator('td.name', { hasText: QUEUE }) });
        await row.waitFor();
        assert.equal(await row.locator('td.ready').innerText(), '3');
        assert.equal(await page.locator('#queues-table tbody tr').count(), 3);
        // queue names are user input: shown as text, never as markup
        const xssCell = page.locator('#queues-table td.name', { hasText: 'onerror' });
        assert.equal(await xssCell.innerText(), XSS);
        assert.equal(await page.locator('#queues-table img').count(), 0);
        await page.screenshot({ path: join(ARTIFACTS, 'queues.png') });
        updateDocShot(join(ARTIFACTS, 'queues.png'), DOC_SHOT);
        await page.fill('#queue-search', 'orders');
        await page.waitForFunction(() => document.querySelectorAll('#queues-table tbody tr').length === 1);
        assert.equal(await page.locator('#queues-table tbody td.name').innerText(), QUEUE);
        assert.match(await page.locator('#queue-count').innerText(), /1-1 of 1 matching \(3 queues\)/);
        await page.screenshot({ path: join(ARTIFACTS, 'queues-filtered.png') });
        await row.click();
        await page.locator('#queue-detail').waitFor({ state: 'visible' });
        assert.equal(await page.locator('#queue-title').innerText(), QUEUE);
        await page.fill('#get-count', '3');
        await page.click('#get-messages');
        await page.locator('#messages .payload').first().waitFor();
        const payloads = await page.locator('#messages .payload').allInnerTexts();
        assert.deepEqual(payloads, [1, 2, 3].map((i) => `{"order":${i},"text":"hello ${i}"}`));
        await page.screenshot({ path: join(ARTIFACTS, 'queue-detail.png'), fullPage: true });
        // ack_requeue_true: the messages are still there
        await page.waitForFunction(() => document.querySelector('#queue-summary')?.textContent?.includes('Ready3'));
    });
    test('alerts tab and queue badges show a dead-letter queue; replay moves its messages back', async () => {
        // a work queue dead-lettering into a fanout exchange bound to a DLQ; 2 messages rejected into it
        const ch = await conn.createChannel();
        await ch.assertExchange(DLX, 'fanout', { durable: true });
        await ch.assertQueue(DLQ, { durable: true });
        await ch.bindQueue(DLQ, DLX, '');
        await ch.assertQueue(WORK, { durable: true, deadLetterExchange: DLX });
        ch.sendToQueue(WORK, Buffer.from('job 1'));
        ch.sendToQueue(WORK, Buffer.from('job 2'));
        for (let i = 0; i < 2; i++) {
            let msg = false;
            for (let tries = 0; !msg && tries < 50; tries++) {
                msg = await ch.get(WORK, { noAck: false });
                if (!msg)
                    await new Promise((r) => setTimeout(r, 20));
            }
            assert.ok(msg, 'a message to reject');
            ch.nack(msg, false, false);
        }
        await ch.close();
        const auth = { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` };
        const queueInfo = async (name) => {
            const res = await fetch(`http://127.0.0.1:${wharf.httpPort}/api/queues/%2F/${encodeURIComponent(name)}`, {
                headers: auth,
            });
            assert.equal(res.status, 200);
            return (await res.json());
        };
        for (let tries = 0; (await queueInfo(DLQ)).messages_ready !== 2; tries++) {
            assert.ok(tries < 100, 'the DLQ holds the 2 rejected messages');
            await new Promise((r) => setTimeout(r, 50));
        }
        // the Alerts tab: the DLQ alert with the queue's name, and a count on the tab
        await page.click('#tabs button[data-tab=alerts]');
        const alertRow = page.locator('#alerts-table tbody tr', {
            has: page.locator('td.name', { hasText: DLQ }),
        });
        await alertRow.first().waitFor();
        const dlqAlerts = await page
            .locator('#alerts-table tbody tr')
            .evaluateAll((rows, dlq) => rows.filter((r) => r.querySelector('td.name')?.textContent === dlq).map((r) => r.textContent ?? ''), DLQ);
        assert.ok(dlqAlerts.some((t) => t.includes('DeadLetterQueueNotEmpty')), `DLQ alert row: ${dlqAlerts.join(' | ')}`);
        await page.locator('#alert-count').waitFor({ state: 'visible' });
        assert.ok(Number(await page.locator('#alert-count').innerText()) >= 1);
        await page.screenshot({ path: join(ARTIFACTS, 'alerts.png') });
        updateDocShot(join(ARTIFACTS, 'alerts.png'), DOC_ALERTS_SHOT);
        // the Queues table: the DLQ's row carries an alert badge
        await page.click('#tabs button[data-tab=queues]');
        if (await page.locator('#queue-back').isVisible())
            await page.click('#queue-back');
        await page.fill('#queue-search', 'jobs.');
        const dlqRow = page.locator('#queues-table tbody tr', {
            has: page.locator('td.name', { hasText: DLQ }),
        });
        await dlqRow.locator('.alert-badge').waitFor();
        assert.equal(await dlqRow.locator('td.name').innerText(), DLQ);
        // the DLQ's detail: replay the rejected messages to the work queue
        await dlqRow.click();
        await page.locator('#queue-detail').waitFor({ state: 'visible' });
        assert.equal(await page.locator('#queue-title').innerText(), DLQ);
        await page.waitForFunction(() => document.querySelector('#queue-summary')?.textContent?.includes('Dead letters by reasonrejected 2'));
        await page.selectOption('#replay-reason', 'rejected');
        await page.click('#replay-button');
        await page.waitForFunction(() => /moved 2, skipped \d+, remaining \d+/.test(document.querySelector('#replay-result')?.textContent ?? ''));
        assert.match(await page.locator('#replay-result').innerText(), /^moved 2, skipped 0, remaining 0$/);
        await page.waitForFunction(() => document.querySelector('#queue-summary')?.textContent?.includes('Ready0'));
        await page.screenshot({ path: join(ARTIFACTS, 'replay.png'), fullPage: true });
        assert.equal((await queueInfo(WORK)).messages_ready, 2);
        assert.equal((await queueInfo(DLQ)).messages_ready, 0);
    });
    test('thousands of queues: the table shows one page, pages and searches on the broker', async (t) => {
        const N = 3000;
        const ch = await conn.createChannel();
        const started = Date.now();
        for (let i = 0; i < N; i++)
            void ch.assertQueue(`bulk-${String(i).padStart(5, '0')}`, { durable: false });
        await ch.assertQueue('bulk-last', { durable: false });
        t.diagnostic(`declared ${N} queues in ${Date.now() - started} ms`);
        const total = (await (await fetch(`http://127.0.0.1:${wharf.httpPort}/api/overview`, {
            headers: { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` },
        })).json()).object_totals.queues;
        let at = Date.now();
        await page.click('#tabs button[data-tab=queues]');
        if (await page.locator('#queue-back').isVisible())
            await page.click('#queue-back');
        await page.fill('#queue-search', ''); // the previous test left a filter
        await page.waitForFunction((n) => document
            .querySelector('#queue-count')
            ?.textContent?.includes(`of ${n.toLocaleString('en-US')} queues`), total);
        t.diagnostic(`queues tab with ${total} queues rendered in ${Date.now() - at} ms`);
        assert.equal(await page.locator('#queues-table tbody tr').count(), 100, 'one page of 100 rows');
        assert.match(await page.locator('#queue-page').innerText(), new RegExp(`page 1 of ${Math.ceil(total / 100)}`));
        at = Date.now();
        await page.click('#queue-next');
        await page.waitForFunction(() => document.querySelector('#queue-page')?.textContent?.startsWith('page 2'));
        t.diagnostic(`next page in ${Date.now() - at} ms`);
        assert.match(await page.locator('#queue-count').innerText(), /^101-200 of /);
        at = Date.now();
        await page.fill('#queue-search', 'bulk-02999');
        await page.waitForFunction(() => document.querySelectorAll('#queues-table tbody tr').length === 1);
        t.diagnostic(`search in ${Date.now() - at} ms`);
        assert.equal(await page.locator('#queues-table tbody td.name').innerText(), 'bulk-02999');
        assert.match(await page.locator('#queue-page').innerText(), /page 1 of 1/);
        await page.fill('#queue-search', '');
        await ch.close();
    });
    test('a user tagged management (not administrator) logs in and sees the queues', async () => {
        const admin = { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` };
        const put = (path, body) => fetch(`http://127.0.0.1:${wharf.httpPort}${path}`, {
            method: 'PUT',
            headers: { ...admin, 'content-type': 'application/json' },
            body: JSON.stringify(body),
        });
        assert.equal((await put('/api/users/mona', { password: 'mona-pw', tags: 'management' })).status, 201);
        const perms = { configure: '.*', write: '.*', read: '.*' };
        assert.equal((await put('/api/permissions/%2F/mona', perms)).status, 201);
        await page.click('#logout');
        await page.locator('#login').waitFor({ state: 'visible' });
        await page.fill('#username', 'mona');
        await page.fill('#password', 'mona-pw');
        await page.click('#login-form button[type=submit]');
        await page.locator('#tabs').waitFor({ state: 'visible' });
        await page.click('#tabs button[data-tab=queues]');
        if (await page.locator('#queue-back').isVisible())
            await page.click('#queue-back');
        await page.fill('#queue-search', QUEUE);
        const row = page.locator('#queues-table tbody tr', { has: page.locator('td.name', { hasText: QUEUE }) });
        await row.waitFor();
        assert.equal(await row.locator('td.name').innerText(), QUEUE);
        await page.screenshot({ path: join(ARTIFACTS, 'management-user.png') });
    });
});
//# sourceMappingURL=dashboard.test.js.map