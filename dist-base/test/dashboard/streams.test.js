// The dashboard's Streams view in a real browser (Debian's chromium, driven by playwright-core): a stream
// written over RESP and a Redis consumer group read from it show with the group's pending entries,
// consumers and lag, as /api/streams and /api/stream-groups give them; a Kafka topic shows its configs and a
// kafkajs group its members with their assignments (/api/consumer-groups). Screenshots in test-artifacts/dashboard/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { repoRoot, startWharf } from '../helpers/brokers.js';
import { encodeCommand, RawRedis } from '../resp/codec/redis-raw.js';
import { kafkajs } from '../kafka/support.js';
const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (CI installs Debian's chromium)`;
const ARTIFACTS = join(repoRoot, 'test-artifacts', 'dashboard');
describe('dashboard: streams and consumer groups', { skip: SKIP, timeout: 90_000 }, () => {
    let w;
    let browser;
    let page;
    before(async () => {
        mkdirSync(ARTIFACTS, { recursive: true });
        w = await startWharf();
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
            timeout: 20_000,
        });
        page = await browser.newPage({ viewport: { width: 1400, height: 700 } });
        page.setDefaultTimeout(15_000);
    });
    after(async () => {
        await browser?.close().catch(() => undefined);
        await w?.stop();
    });
    test('a Redis consumer group shows its pending entries, consumers and lag', async () => {
        const r = await RawRedis.open(w.respPort);
        assert.ok(r, 'connects to the RESP port');
        try {
            const adds = [];
            for (let i = 1; i <= 50; i++)
                adds.push(encodeCommand(['XADD', 'orders', `${i}-1`, 'n', String(i)]));
            r.write(Buffer.concat(adds));
            for (let i = 0; i < 50; i++)
                await r.reply();
            assert.equal((await r.command('XGROUP', 'CREATE', 'orders', 'billing', '0')).bytes.toString(), '+OK\r\n');
            await r.command('XREADGROUP', 'GROUP', 'billing', 'alice', 'COUNT', '20', 'STREAMS', 'orders', '>');
            assert.equal((await r.command('XACK', 'orders', 'billing', '1-1', '2-1')).bytes.toString(), ':2\r\n');
        }
        finally {
            r.close();
        }
        await page.goto(`http://127.0.0.1:${w.httpPort}/`);
        await page.fill('#username', 'guest');
        await page.fill('#password', 'guest');
        await page.click('#login-form button[type=submit]');
        await page.click('#tabs button[data-tab=streams]');
        const row = page.locator('#stream-groups-table tbody tr[data-group=billing]');
        await row.waitFor();
        const cells = await row.locator('td').allTextContents();
        // vhost, group, kind, stream, partition, position, pending, consumers, lag
        assert.deepEqual(cells, ['/', 'billing', 'Redis', 'orders', '0', '20', '18', '1', '30']);
        const stream = await page
            .locator('#streams-table tbody tr', { hasText: 'orders' })
            .locator('td')
            .allTextContents();
        assert.deepEqual(stream.slice(0, 4), ['/', 'orders', '1', '50']);
        await page.screenshot({ path: join(ARTIFACTS, 'streams.png') });
    });
    test('a Kafka topic shows its configs, a kafkajs group its members and their assignments', async () => {
        const kafka = kafkajs(`127.0.0.1:${w.kafkaPort}`, { clientId: 'dash-client' });
        const admin = kafka.admin();
        await admin.connect();
        await admin.createTopics({
            topics: [
                {
                    topic: 'payments',
                    numPartitions: 2,
                    configEntries: [
                        { name: 'cleanup.policy', value: 'compact' },
                        { name: 'max.message.bytes', value: '5000' },
                    ],
                },
            ],
        });
        await admin.disconnect();
        const consumer = kafka.consumer({ groupId: 'ledger', maxWaitTimeInMs: 200 });
        await consumer.connect();
        await consumer.subscribe({ topic: 'payments', fromBeginning: true });
        const joined = new Promise((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
        await consumer.run({ eachMessage: async () => { } });
        await joined;
        try {
            await page.goto(`http://127.0.0.1:${w.httpPort}/`);
            if (await page.locator('#login-form').isVisible()) {
                await page.fill('#username', 'guest');
                await page.fill('#password', 'guest');
                await page.click('#login-form button[type=submit]');
            }
            await page.click('#tabs button[data-tab=streams]');
            const topic = page.locator('#streams-table tbody tr', { hasText: 'payments' });
            await topic.waitFor();
            const configs = await topic.locator('td.configs').textContent();
            assert.match(configs ?? '', /cleanup\.policy=compact/);
            assert.match(configs ?? '', /max\.message\.bytes=5000/);
            const member = page.locator('#group-members-table tbody tr[data-group=ledger]');
            await member.waitFor();
            const cells = await member.locator('td').allTextContents();
            // vhost, group, state, protocol, member, client, host, assignment
            assert.deepEqual(cells.slice(0, 4), ['/', 'ledger', 'Stable', 'RoundRobinAssigner']);
            assert.match(cells[4], /^dash-client-/);
            assert.equal(cells[5], 'dash-client');
            assert.equal(cells[7], 'payments: 0, 1');
            await page.screenshot({ path: join(ARTIFACTS, 'streams-kafka.png') });
        }
        finally {
            await consumer.disconnect();
        }
    });
});
//# sourceMappingURL=streams.test.js.map