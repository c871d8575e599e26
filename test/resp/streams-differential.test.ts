// Stream commands, Wharf against a private redis-server 7.0 (started here on a free port, persistence off):
// every scenario runs on both over raw sockets, in RESP2 and in RESP3, and the replies must be the same
// bytes. Scenarios use explicit IDs where Redis would pick one from the clock; where `*` is used, the
// generated IDs are masked before comparing.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { RawRedis } from './codec/redis-raw.js';
import {
  hasRedisServer,
  NO_REDIS_SERVER,
  type PrivateRedis,
  type RespWharf,
  startPrivateRedis,
  startRespWharf,
} from './support.js';

type Step = string[];

const masks: [RegExp, string][] = [
  // times: delivery times (ms since the epoch) and idle times (ms), which differ between the two servers
  [/:1[78]\d{11}\r\n/g, ':TIME\r\n'],
  [/\$4\r\nidle\r\n:\d+\r\n/g, '$4\r\nidle\r\n:IDLE\r\n'],
  [/(\*4\r\n\$\d+\r\n[\d-]+\r\n\$\d+\r\n[^\r]+\r\n):\d+\r\n/g, '$1:IDLE\r\n'],
  [/\b1[78]\d{11}-\d+\b/g, 'AUTO-ID'],
  [/radix-tree-(keys|nodes)\r\n:\d+\r\n/g, 'radix-tree-$1\r\n:N\r\n'],
];

function mask(b: Buffer): string {
  let s = b.toString('latin1');
  for (const [re, to] of masks) s = s.replace(re, to);
  return s;
}

describe(
  'stream commands: Wharf and Redis 7 give the same bytes',
  { skip: !hasRedisServer() && NO_REDIS_SERVER },
  () => {
    let w: RespWharf;
    let ref: PrivateRedis;
    before(async () => {
      [w, ref] = await Promise.all([startRespWharf(), startPrivateRedis()]);
    });
    after(async () => {
      await Promise.all([w?.close(), ref?.stop()]);
    });

    async function same(steps: (key: string, k2: string) => Step[]): Promise<void> {
      for (const proto of ['2', '3']) {
        const key = `s-${randomBytes(4).toString('hex')}`;
        const k2 = `${key}-b`;
        const a = (await RawRedis.open(w.port))!;
        const b = (await RawRedis.open(ref.port))!;
        try {
          await a.command('HELLO', proto);
          await b.command('HELLO', proto);
          for (const step of steps(key, k2)) {
            const mine = mask((await a.command(...step)).bytes);
            const theirs = mask((await b.command(...step)).bytes);
            assert.equal(mine, theirs, `RESP${proto}: ${step.join(' ')}`);
          }
        } finally {
          a.close();
          b.close();
        }
      }
    }

    test('XADD ids, errors and NOMKSTREAM; XLEN; TYPE; EXISTS', () =>
      same((k) => [
        ['XADD', k, 'NOMKSTREAM', '1-1', 'a', '1'],
        ['EXISTS', k],
        ['TYPE', k],
        ['XADD', k, '1-1', 'a', '1'],
        ['XADD', k, '1-1', 'a', '2'],
        ['XADD', k, '0-0', 'a', '2'],
        ['XADD', k, '1-*', 'b', '2'],
        ['XADD', k, '5', 'c', '3', 'd', '4'],
        ['XADD', k, '5-*', 'x', 'y'],
        ['XADD', k, 'abc', 'x', 'y'],
        ['XADD', k, '9-9', 'x'],
        ['XADD', k, '*', 'auto', 'id'],
        ['XADD', k, 'MAXLEN', '-1', '*', 'a', 'b'],
        ['XADD', k, 'LIMIT', '5', '*', 'a', 'b'],
        ['XADD', k, 'MAXLEN', '5', 'LIMIT', '5', '*', 'a', 'b'],
        ['XADD', k, 'MAXLEN', '1', 'MINID', '1', '*', 'a', 'b'],
        ['XLEN', k],
        ['XLEN', 'no-such-key'],
        ['TYPE', k],
        ['EXISTS', k, k, 'no-such-key'],
      ]));

    test('XRANGE and XREVRANGE: bounds, exclusive bounds, COUNT, errors', () =>
      same((k) => [
        ['XRANGE', k, '-', '+'],
        ['XADD', k, '1-1', 'a', '1'],
        ['XADD', k, '1-2', 'b', '2'],
        ['XADD', k, '2-0', 'c', '3'],
        ['XADD', k, '3-5', 'd', '4', 'e', '5'],
        ['XRANGE', k, '-', '+'],
        ['XRANGE', k, '1', '2'],
        ['XRANGE', k, '(1-1', '+'],
        ['XRANGE', k, '-', '(3-5'],
        ['XRANGE', k, '(1', '+', 'COUNT', '2'],
        ['XRANGE', k, '-', '+', 'COUNT', '0'],
        ['XRANGE', k, '-', '+', 'COUNT', '-3'],
        ['XRANGE', k, '+', '-'],
        ['XRANGE', k, '(-', '+'],
        ['XRANGE', k, '-', '+', 'COUNT'],
        ['XRANGE', k, 'x', '+'],
        ['XREVRANGE', k, '+', '-'],
        ['XREVRANGE', k, '+', '-', 'COUNT', '1'],
        ['XREVRANGE', k, '(3-5', '1-2'],
        ['XRANGE', 'no-such-key', '-', '+'],
      ]));

    test('XDEL, XTRIM (MAXLEN, MINID, exact) and XADD with trimming; XSETID; XINFO STREAM', () =>
      same((k) => [
        ['XINFO', 'STREAM', k],
        ['XADD', k, '1-1', 'f', 'v1'],
        ['XADD', k, '2-1', 'f', 'v2'],
        ['XADD', k, '3-1', 'f', 'v3'],
        ['XADD', k, '4-1', 'f', 'v4'],
        ['XDEL', k, '2-1', '9-9'],
        ['XDEL', k, '2-1'],
        ['XDEL', k, '+'],
        ['XLEN', k],
        ['XRANGE', k, '-', '+'],
        ['XINFO', 'STREAM', k],
        ['XTRIM', k, 'MAXLEN', '2'],
        ['XTRIM', k, 'MAXLEN', '=', '2'],
        ['XRANGE', k, '-', '+'],
        ['XADD', k, 'MAXLEN', '2', '5-1', 'f', 'v5'],
        ['XRANGE', k, '-', '+'],
        ['XTRIM', k, 'MINID', '5'],
        ['XTRIM', k, 'MINID', '=', '6'],
        ['XLEN', k],
        ['XTRIM', k],
        ['XTRIM', k, 'FOO', '1'],
        ['XTRIM', k, 'MAXLEN', '1', 'LIMIT', '1'],
        ['XTRIM', 'no-such-key', 'MAXLEN', '1'],
        ['XADD', k, '6-1', 'f', 'v6'],
        ['XSETID', k, '1-1'],
        ['XSETID', k, '10-0', 'ENTRIESADDED', '0'],
        ['XSETID', k, '10-0', 'ENTRIESADDED', '100', 'MAXDELETEDID', '9-0'],
        ['XINFO', 'STREAM', k],
        ['XADD', k, '9-9', 'f', 'x'],
        ['XSETID', 'no-such-key', '1-1'],
        ['XINFO', 'STREAM', 'no-such-key'],
        ['XINFO', 'STREAM', k, 'FULL'],
      ]));

    test('XREAD: several keys, $, COUNT, missing keys, errors, BLOCK timing out', () =>
      same((k, k2) => [
        ['XREAD', 'STREAMS', k, '0'],
        ['XADD', k, '1-1', 'a', '1'],
        ['XADD', k, '2-1', 'b', '2'],
        ['XADD', k2, '1-5', 'c', '3'],
        ['XREAD', 'STREAMS', k, k2, '0', '0'],
        ['XREAD', 'COUNT', '1', 'STREAMS', k, k2, '1-1', '0'],
        ['XREAD', 'STREAMS', k, '$'],
        ['XREAD', 'STREAMS', k, k2],
        ['XREAD', 'STREAMS', k, '>'],
        ['XREAD', 'GROUP', 'g', 'c', 'STREAMS', k, '0'],
        ['XREAD', 'NOACK', 'STREAMS', k, '0'],
        ['XREAD', 'BLOCK', '-1', 'STREAMS', k, '0'],
        ['XREAD', 'BLOCK', 'x', 'STREAMS', k, '0'],
        ['XREAD', 'COUNT', '1', k, '0'],
        ['XREAD', 'BLOCK', '50', 'STREAMS', k, '$'],
        ['XREAD', 'BLOCK', '50', 'STREAMS', 'no-such-key', '$'],
      ]));

    test('DEL, UNLINK, KEYS, SCAN with TYPE, EXPIRE, TTL, PERSIST', () =>
      same((k, k2) => [
        ['XADD', k, '1-1', 'a', '1'],
        ['XADD', k2, '1-1', 'a', '1'],
        ['KEYS', k],
        ['KEYS', `${k}-?`],
        ['TTL', k],
        ['TTL', 'no-such-key'],
        ['EXPIRE', k, '100'],
        ['TTL', k],
        ['EXPIRE', k, '50', 'GT'],
        ['EXPIRE', k, '50', 'LT'],
        ['TTL', k],
        ['EXPIRE', k, '50', 'NX', 'XX'],
        ['PERSIST', k],
        ['PERSIST', k],
        ['TTL', k],
        ['SCAN', '0', 'MATCH', `${k}*`, 'COUNT', '1000000', 'TYPE', 'string'],
        ['DEL', k, k2, 'no-such-key'],
        ['UNLINK', k],
        ['EXISTS', k, k2],
        ['KEYS', `${k}*`],
      ]));

    test('consumer groups: XGROUP, XREADGROUP, XACK, XPENDING, XCLAIM, XAUTOCLAIM, XINFO GROUPS/CONSUMERS', () =>
      same((k) => [
        ['XGROUP', 'CREATE', k, 'g', '$'],
        ['XGROUP', 'CREATE', k, 'g', '$', 'MKSTREAM'],
        ['XGROUP', 'CREATE', k, 'g', '$', 'MKSTREAM'],
        ['XGROUP', 'CREATE', k, 'g2', '0', 'FOO'],
        ['XGROUP', 'CREATE', k, 'g2', '0', 'ENTRIESREAD', '-5'],
        ['XGROUP', 'SETID', k, 'nog', '0'],
        ['XINFO', 'GROUPS', k],
        ['XADD', k, '1-1', 'f', 'v1'],
        ['XADD', k, '2-1', 'f', 'v2'],
        ['XADD', k, '3-1', 'f', 'v3'],
        ['XADD', k, '4-1', 'f', 'v4'],
        ['XINFO', 'GROUPS', k],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, '>'],
        ['XGROUP', 'SETID', k, 'g', '0'],
        ['XINFO', 'GROUPS', k],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'COUNT', '2', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c2', 'COUNT', '1', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c2', 'NOACK', 'COUNT', '1', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c2', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'nog', 'c1', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, '$'],
        ['XINFO', 'GROUPS', k],
        ['XPENDING', k, 'g'],
        ['XPENDING', k, 'g', '-', '+', '10'],
        ['XPENDING', k, 'g', '-', '+', '10', 'c2'],
        ['XPENDING', k, 'g', '-', '+', '10', 'nobody'],
        ['XPENDING', k, 'g', 'IDLE', '100000', '-', '+', '10'],
        ['XPENDING', k, 'g', '(1-1', '+', '1'],
        ['XPENDING', k, 'nog'],
        ['XPENDING', k, 'g', '-'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, '0'],
        ['XPENDING', k, 'g', '-', '+', '10', 'c1'],
        ['XACK', k, 'g', '1-1', '9-9'],
        ['XACK', k, 'nog', '1-1'],
        ['XACK', k, 'g', 'bad'],
        ['XCLAIM', k, 'g', 'c3', '0', '2-1', '3-1'],
        ['XCLAIM', k, 'g', 'c3', '0', '2-1', 'JUSTID'],
        ['XCLAIM', k, 'g', 'c3', '100000', '2-1'],
        ['XCLAIM', k, 'g', 'c3', '0', '2-1', 'RETRYCOUNT', '7', 'JUSTID'],
        ['XCLAIM', k, 'g', 'c3', 'x', '2-1'],
        ['XCLAIM', k, 'g', 'c3', '0', '2-1', 'BOGUS'],
        ['XCLAIM', k, 'nog', 'c3', '0', '2-1'],
        ['XPENDING', k, 'g', '-', '+', '10'],
        ['XDEL', k, '2-1'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', '0-0', 'COUNT', '1'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', '0-0'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', '0-0', 'JUSTID'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', '0-0', 'COUNT', '0'],
        ['XAUTOCLAIM', k, 'nog', 'c4', '0', '0-0'],
        ['XREADGROUP', 'GROUP', 'g', 'c4', 'STREAMS', k, '0'],
        ['XINFO', 'CONSUMERS', k, 'g'],
        ['XINFO', 'CONSUMERS', k, 'nog'],
        ['XINFO', 'GROUPS', k],
        ['XINFO', 'STREAM', k],
        ['XINFO', 'STREAM', k, 'FULL', 'COUNT', '1'],
        ['XGROUP', 'CREATECONSUMER', k, 'g', 'c9'],
        ['XGROUP', 'CREATECONSUMER', k, 'g', 'c9'],
        ['XGROUP', 'DELCONSUMER', k, 'g', 'c4'],
        ['XGROUP', 'DELCONSUMER', k, 'g', 'zz'],
        ['XINFO', 'CONSUMERS', k, 'g'],
        ['XGROUP', 'DESTROY', k, 'g'],
        ['XGROUP', 'DESTROY', k, 'g'],
        ['XINFO', 'GROUPS', k],
        ['XGROUP', 'CREATE', 'no-such-key', 'g', '$'],
      ]));
  },
);
