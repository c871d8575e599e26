// The dashboard's Streams view in a real browser (Debian's chromium, driven by playwright-core): a stream
// written over RESP and a Redis consumer group read from it show with the group's pending entries,
// consumers and lag, as /api/streams and /api/stream-groups give them. Screenshot in test-artifacts/dashboard/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { repoRoot, startWharf, type WharfProcess } from '../helpers/brokers.js';
import { encodeCommand, RawRedis } from '../resp/codec/redis-raw.js';

const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (CI installs Debian's chromium)`;
const ARTIFACTS = join(repoRoot, 'test-artifacts', 'dashboard');

describe('dashboard: streams and consumer groups', { skip: SKIP, timeout: 90_000 }, () => {
  let w: WharfProcess;
  let browser: Browser | undefined;
  let page: Page;

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
      const adds: Buffer[] = [];
      for (let i = 1; i <= 50; i++) adds.push(encodeCommand(['XADD', 'orders', `${i}-1`, 'n', String(i)]));
      r.write(Buffer.concat(adds));
      for (let i = 0; i < 50; i++) await r.reply();
      assert.equal(
        (await r.command('XGROUP', 'CREATE', 'orders', 'billing', '0')).bytes.toString(),
        '+OK\r\n',
      );
      await r.command('XREADGROUP', 'GROUP', 'billing', 'alice', 'COUNT', '20', 'STREAMS', 'orders', '>');
      assert.equal((await r.command('XACK', 'orders', 'billing', '1-1', '2-1')).bytes.toString(), ':2\r\n');
    } finally {
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
});
