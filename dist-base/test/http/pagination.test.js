// RabbitMQ's list parameters on GET /api/queues: name filter (substring or regex),
// sort and sort_reverse (including nested fields), and page/page_size answering
// {filtered_count, item_count, items, page, page_count, page_size, total_count}.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import amqp from 'amqplib';
import { startWharf } from '../helpers/brokers.js';
let wharf;
const tag = `pg${process.pid}`;
before(async () => {
    wharf = await startWharf();
    const conn = await amqp.connect(wharf.url);
    const ch = await conn.createConfirmChannel();
    for (let i = 0; i < 250; i++)
        await ch.assertQueue(`${tag}-${String(i).padStart(3, '0')}`, { durable: false });
    // queue 007 holds 5 messages, 042 holds 2: the depth sort must put them first
    for (let i = 0; i < 5; i++)
        ch.sendToQueue(`${tag}-007`, Buffer.from('x'));
    for (let i = 0; i < 2; i++)
        ch.sendToQueue(`${tag}-042`, Buffer.from('x'));
    await ch.waitForConfirms();
    await conn.close();
});
after(async () => {
    await wharf?.stop();
});
const auth = { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API answers are read field by field
async function get(query) {
    const res = await fetch(`http://127.0.0.1:${wharf.httpPort}/api/queues?${query}`, { headers: auth });
    return { status: res.status, body: await res.json() };
}
test('page 2 of the filtered, name-sorted list', async () => {
    const { status, body } = await get(`page=2&page_size=100&name=${tag}-&sort=name`);
    assert.equal(status, 200);
    assert.equal(body.filtered_count, 250);
    assert.ok(body.total_count >= 250);
    assert.equal(body.page, 2);
    assert.equal(body.page_size, 100);
    assert.equal(body.page_count, 3);
    assert.equal(body.item_count, 100);
    assert.deepEqual(body.items.map((q) => q.name), Array.from({ length: 100 }, (_, i) => `${tag}-${String(100 + i).padStart(3, '0')}`));
    assert.equal(body.items[0].messages_ready, 0, 'items are full queue objects');
});
test('sort by depth, reversed, and by a nested rate field', async () => {
    const deep = await get(`page=1&page_size=3&name=${tag}&sort=messages_ready&sort_reverse=true`);
    assert.deepEqual(deep.body.items.map((q) => [q.name, q.messages_ready]), [
        [`${tag}-007`, 5],
        [`${tag}-042`, 2],
        [`${tag}-249`, 0], // reverse turns the whole order round, name ties included, as RabbitMQ
    ]);
    const nested = await get(`page=1&page_size=5&name=${tag}&sort=message_stats.publish&sort_reverse=true`);
    assert.equal(nested.status, 200);
    assert.equal(nested.body.items[0].name, `${tag}-007`);
});
test('regex filter; no page parameter gives the plain (sorted) array', async () => {
    const { body } = await get(`name=${tag}-(007|042)$&use_regex=true&sort=name&sort_reverse=true`);
    assert.ok(Array.isArray(body));
    assert.deepEqual(body.map((q) => q.name), [`${tag}-042`, `${tag}-007`]);
});
test('bad parameters are 400 with a reason', async () => {
    for (const q of [
        'page=0',
        'page=x',
        'page=1&page_size=501',
        'page=99&page_size=100&name=' + tag,
        'name=(&use_regex=true',
    ]) {
        const { status, body } = await get(q);
        assert.equal(status, 400, q);
        assert.equal(body.error, 'bad_request');
        assert.ok(body.reason.length > 0);
    }
});
//# sourceMappingURL=pagination.test.js.map