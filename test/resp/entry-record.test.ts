// How a Redis entry is stored as an AMQP-format record (src/resp/streams/entry-record.ts): every field list
// reads back byte for byte, with the headers an AMQP consumer sees where headers can hold the fields, and the
// whole list in x-redis-fields where they cannot (names not UTF-8, repeated, all digits, empty).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/properties-format.js';
import { decodeHead } from '../../src/broker/messages/record.js';
import { decodeEntry, encodeEntry } from '../../src/resp/streams/entry-record.js';

const b = (s: string | number[]): Buffer => (typeof s === 'string' ? Buffer.from(s) : Buffer.from(s));

function roundTrip(fields: Buffer[]): { fields: Buffer[]; headers: Record<string, unknown> } {
  const { head, body } = encodeEntry(amqpPropertiesFormat, 'k', '1-1', fields, 1_700_000_000_000);
  const decoded = decodeEntry(amqpPropertiesFormat, 0, head, body);
  assert.equal(decoded.id, '1-1');
  const headers = amqpPropertiesFormat.headers(decodeHead(head, 0).properties) ?? {};
  return { fields: decoded.fields, headers };
}

describe('entry records', () => {
  test('UTF-8 fields are headers of the same name, a body field the body', () => {
    const fields = [b('sku'), b('A1'), b('body'), b('hello'), b('qty'), b('é3')];
    const r = roundTrip(fields);
    assert.deepEqual(r.fields, fields);
    assert.equal(r.headers.sku, 'A1');
    assert.equal(r.headers.qty, 'é3');
    assert.ok(!('x-redis-fields' in r.headers));
  });

  test('a value that is not UTF-8 is a byte-array header and reads back as the same bytes', () => {
    const bad = b([0x66, 0xff, 0xfe, 0x00, 0xc3]); // invalid and truncated sequences
    const overlong = b([0xc0, 0xaf]); // an overlong '/': not UTF-8 either
    const fields = [b('v'), bad, b('w'), overlong];
    const r = roundTrip(fields);
    assert.deepEqual(r.fields, fields);
    assert.ok(Buffer.isBuffer(r.headers.v) || r.headers.v instanceof Uint8Array);
  });

  for (const [what, fields] of [
    ['a name that is not UTF-8', [b([0xff, 0x61]), b('x')]],
    ['a repeated name', [b('a'), b('1'), b('a'), b('2')]],
    ['a name of digits only', [b('10'), b('x'), b('2'), b('y')]],
    ['an empty name', [b(''), b('x')]],
  ] as [string, Buffer[]][]) {
    test(`${what}: the whole list in x-redis-fields`, () => {
      const r = roundTrip(fields);
      assert.deepEqual(r.fields, fields);
      assert.ok(Array.isArray(r.headers['x-redis-fields']));
    });
  }
});
