// fsync and confirm latency histograms on /metrics of a real broker process: 300
// confirmed persistent publishes to a durable queue are counted once each in
// wharf_confirm_latency_seconds, fsync rounds appear in wharf_fsync_duration_seconds,
// and both are well-formed Prometheus histograms (cumulative buckets, +Inf = count).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { connect } from 'amqplib';
import { startWharf, uniqueName } from '../helpers/brokers.js';
import { parse } from '../helpers/prometheus.js';
let wharf;
before(async () => {
    wharf = await startWharf();
});
after(async () => {
    await wharf?.stop();
});
async function scrape() {
    const res = await fetch(`http://127.0.0.1:${wharf.httpPort}/metrics`);
    assert.equal(res.status, 200);
    const { samples, type } = parse(await res.text());
    assert.equal(type.get('wharf_fsync_duration_seconds'), 'histogram');
    assert.equal(type.get('wharf_confirm_latency_seconds'), 'histogram');
    return samples;
}
function histogram(samples, name) {
    const buckets = samples
        .filter((s) => s.name === `${name}_bucket`)
        .map((s) => [s.labels.le, s.value]);
    const one = (suffix) => samples.find((s) => s.name === `${name}_${suffix}`).value;
    return { buckets, count: one('count'), sum: one('sum') };
}
function assertWellFormed(h) {
    assert.ok(h.buckets.length > 2);
    assert.equal(h.buckets.at(-1)[0], '+Inf');
    assert.equal(h.buckets.at(-1)[1], h.count);
    for (let i = 1; i < h.buckets.length; i++) {
        assert.ok(h.buckets[i][1] >= h.buckets[i - 1][1], 'buckets are cumulative');
        if (i < h.buckets.length - 1)
            assert.ok(Number(h.buckets[i][0]) > Number(h.buckets[i - 1][0]));
    }
    assert.ok(h.sum >= 0);
}
test('confirm latency counts each confirmed message once; fsync rounds are timed', async () => {
    const before = histogram(await scrape(), 'wharf_confirm_latency_seconds');
    assert.equal(before.count, 0);
    const queue = uniqueName('latency');
    const conn = await connect(wharf.url);
    try {
        const ch = await conn.createConfirmChannel();
        await ch.assertQueue(queue, { durable: true });
        for (let i = 0; i < 300; i++)
            ch.sendToQueue(queue, Buffer.from(`m${i}`), { persistent: true });
        await ch.waitForConfirms();
    }
    finally {
        await conn.close();
    }
    const samples = await scrape();
    const confirm = histogram(samples, 'wharf_confirm_latency_seconds');
    const fsync = histogram(samples, 'wharf_fsync_duration_seconds');
    assertWellFormed(confirm);
    assertWellFormed(fsync);
    assert.equal(confirm.count, 300);
    assert.ok(confirm.sum > 0, 'a confirm waits for an fsync, so takes some time');
    assert.ok(fsync.count >= 1, 'at least one fdatasync round covered the publishes');
    // every confirm waited for an fsync round, so none can be faster than the fastest round could finish
    assert.ok(confirm.sum / confirm.count >= (fsync.sum / fsync.count) * 0.01);
});
//# sourceMappingURL=latency.test.js.map