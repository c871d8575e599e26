import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crc32c } from '../../src/store/index.js';

test('crc32c known vectors', () => {
  assert.equal(crc32c(Buffer.from('123456789')), 0xe3069283);
  assert.equal(crc32c(Buffer.alloc(32)), 0x8a9136aa);
  assert.equal(crc32c(Buffer.alloc(32, 0xff)), 0x62a8ab43);
  assert.equal(crc32c(Buffer.alloc(0)), 0);
  const inc = Buffer.from(Array.from({ length: 32 }, (_, i) => i));
  assert.equal(crc32c(inc), 0x46dd794e);
});

test('crc32c over ranges and with a seed equals the whole', () => {
  const buf = Buffer.from('The quick brown fox jumps over the lazy dog, twice over.');
  const whole = crc32c(buf);
  for (const cut of [0, 1, 7, 8, 9, 20, buf.length]) {
    assert.equal(crc32c(buf, cut, buf.length, crc32c(buf, 0, cut)), whole);
  }
  const padded = Buffer.concat([Buffer.from('xx'), buf, Buffer.from('yyy')]);
  assert.equal(crc32c(padded, 2, 2 + buf.length), whole);
});
