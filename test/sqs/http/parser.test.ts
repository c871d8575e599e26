// The SQS/SNS port's HTTP/1.1 parser (src/sqs/http/parser.ts) on its own: requests as the SDKs
// frame them, fed whole and one byte at a time; pipelined requests; chunked bodies; Expect:
// 100-continue; the size limits; and each malformed input refused with its status, after which
// nothing more is parsed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DEFAULT_LIMITS,
  type ParserLimits,
  RequestParser,
  type RequestHead,
} from '../../../src/sqs/http/parser.js';

type Event =
  | { head: RequestHead }
  | { request: { method: string; url: string; body: string; tooBig: boolean; keepAlive: boolean } }
  | { error: number };

function parse(input: string | Buffer, opts: { bytewise?: boolean; limits?: Partial<ParserLimits> } = {}) {
  const events: Event[] = [];
  const p = new RequestParser(
    {
      head: (head) => events.push({ head }),
      request: (h, body, tooBig) =>
        events.push({
          request: {
            method: h.method,
            url: h.url,
            body: body.toString('latin1'),
            tooBig,
            keepAlive: h.keepAlive,
          },
        }),
      error: (status) => events.push({ error: status }),
    },
    { ...DEFAULT_LIMITS, ...opts.limits },
  );
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input, 'latin1');
  if (opts.bytewise) for (let i = 0; i < bytes.length; i++) p.push(bytes.subarray(i, i + 1));
  else p.push(bytes);
  return { events, parser: p };
}

const requests = (events: Event[]) => events.flatMap((e) => ('request' in e ? [e.request] : []));
const errors = (events: Event[]) => events.flatMap((e) => ('error' in e ? [e.error] : []));

const SDK_REQUEST =
  'POST / HTTP/1.1\r\n' +
  'content-type: application/x-amz-json-1.0\r\n' +
  'x-amz-target: AmazonSQS.SendMessage\r\n' +
  'content-length: 27\r\n' +
  'host: 127.0.0.1:9324\r\n' +
  'Authorization: AWS4-HMAC-SHA256 Credential=guest/20261207/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=00\r\n' +
  'Connection: keep-alive\r\n' +
  '\r\n' +
  '{"QueueUrl":"q","Body":"x"}';

describe('SQS HTTP/1.1 parser', () => {
  test('an SDK request, whole or one byte at a time: the same head and body', () => {
    for (const bytewise of [false, true]) {
      const { events } = parse(SDK_REQUEST, { bytewise });
      assert.equal(events.length, 2, `bytewise ${bytewise}`);
      const head = (events[0] as { head: RequestHead }).head;
      assert.equal(head.method, 'POST');
      assert.equal(head.url, '/');
      assert.equal(head.minor, 1);
      assert.equal(head.headers['x-amz-target'], 'AmazonSQS.SendMessage');
      assert.equal(head.headers.authorization?.slice(0, 16), 'AWS4-HMAC-SHA256', 'names are lower-cased');
      assert.equal(head.keepAlive, true);
      assert.equal(head.expectContinue, false);
      assert.deepEqual(requests(events), [
        { method: 'POST', url: '/', body: '{"QueueUrl":"q","Body":"x"}', tooBig: false, keepAlive: true },
      ]);
    }
  });

  test('pipelined requests come out in order, across any split', () => {
    const get = 'GET /a?Action=ListQueues HTTP/1.1\r\nHost: h\r\n\r\n';
    const input = SDK_REQUEST + get + SDK_REQUEST;
    for (const bytewise of [false, true]) {
      const got = requests(parse(input, { bytewise }).events);
      assert.deepEqual(
        got.map((r) => `${r.method} ${r.url} ${r.body.length}`),
        ['POST / 27', 'GET /a?Action=ListQueues 0', 'POST / 27'],
      );
    }
  });

  test('a chunked body with extensions and trailers is put back together', () => {
    const input =
      'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n' +
      '6;name=value\r\nAction\r\n' +
      '0000d\r\n=ListQueues&V\r\n' +
      'A \r\nersion=1&x\r\n' +
      '0\r\nX-Trailer: t\r\n\r\n' +
      'GET / HTTP/1.1\r\nHost: h\r\n\r\n';
    for (const bytewise of [false, true]) {
      const got = requests(parse(input, { bytewise }).events);
      assert.deepEqual(
        got.map((r) => r.body),
        ['Action=ListQueues&Version=1&x', ''],
      );
    }
  });

  test('Expect: 100-continue is reported with the head, before any body byte', () => {
    const { events, parser } = parse(
      'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nExpect: 100-Continue\r\n\r\n',
    );
    assert.equal(events.length, 1);
    assert.equal((events[0] as { head: RequestHead }).head.expectContinue, true);
    parser.push(Buffer.from('abc'));
    assert.deepEqual(requests(events)[0].body, 'abc');
  });

  test('keep-alive: HTTP/1.1 unless Connection: close, HTTP/1.0 only when asked; nothing read after a close', () => {
    assert.equal(requests(parse('GET / HTTP/1.0\r\n\r\n').events)[0].keepAlive, false);
    assert.equal(
      requests(parse('GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n').events)[0].keepAlive,
      true,
    );
    const closing = parse(
      'GET / HTTP/1.1\r\nHost: h\r\nConnection: foo, close\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n',
    );
    assert.deepEqual(
      requests(closing.events).map((r) => r.keepAlive),
      [false],
    );
    closing.parser.push(Buffer.from('GET / HTTP/1.1\r\nHost: h\r\n\r\n'));
    assert.equal(requests(closing.events).length, 1);
  });

  test('a body over the limit is read and dropped, whichever the framing; the next request parses', () => {
    const limits = { maxBodyBytes: 8 };
    const big = 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 9\r\n\r\n123456789';
    const chunked =
      'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n12345\r\n4\r\n6789\r\n0\r\n\r\n';
    const small = 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 8\r\n\r\n12345678';
    for (const bytewise of [false, true]) {
      const got = requests(parse(big + chunked + small, { bytewise, limits }).events);
      assert.deepEqual(
        got.map((r) => [r.tooBig, r.body]),
        [
          [true, ''],
          [true, ''],
          [false, '12345678'],
        ],
      );
    }
  });

  test('repeated fields: joined, or the first kept as Node keeps it; equal Content-Lengths allowed', () => {
    const { events } = parse(
      'POST / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nx-a: 2\r\nContent-Type: a\r\nContent-Type: b\r\n' +
        'Content-Length: 1\r\nContent-Length: 1\r\nX-Empty:\r\nX-Pad: \t v \t\r\n\r\nz',
    );
    const h = (events[0] as { head: RequestHead }).head.headers;
    assert.equal(h['x-a'], '1, 2');
    assert.equal(h['content-type'], 'a');
    assert.equal(h['x-empty'], '');
    assert.equal(h['x-pad'], 'v');
    assert.equal(requests(events)[0].body, 'z');
  });

  test('leading empty lines before a request are skipped', () => {
    assert.equal(requests(parse('\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n').events).length, 1);
  });

  const refused: [string, string, number][] = [
    ['request line without a version', 'GET /\r\nHost: h\r\n\r\n', 400],
    ['two spaces in the request line', 'GET  / HTTP/1.1\r\nHost: h\r\n\r\n', 400],
    ['a control character in the target', 'GET /\x01 HTTP/1.1\r\nHost: h\r\n\r\n', 400],
    ['HTTP/2.0', 'GET / HTTP/2.0\r\nHost: h\r\n\r\n', 505],
    ['HTTP/1.2', 'GET / HTTP/1.2\r\nHost: h\r\n\r\n', 505],
    ['a bare LF, before the head ends', 'GET / HTTP/1.1\nHost: h\n', 400],
    ['a bare CR in a value', 'GET / HTTP/1.1\r\nHost: h\rx\r\n\r\n', 400],
    ['obs-fold', 'GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n 2\r\n\r\n', 400],
    ['whitespace before the colon', 'GET / HTTP/1.1\r\nHost : h\r\n\r\n', 400],
    ['a field without a colon', 'GET / HTTP/1.1\r\nHost: h\r\nnonsense\r\n\r\n', 400],
    ['a NUL in a value', 'GET / HTTP/1.1\r\nHost: h\r\nX-A: a\x00b\r\n\r\n', 400],
    ['no Host in HTTP/1.1', 'GET / HTTP/1.1\r\nX-A: 1\r\n\r\n', 400],
    ['two Hosts', 'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n', 400],
    ['Content-Length not a number', 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1x\r\n\r\n', 400],
    ['a negative Content-Length', 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n', 400],
    [
      'differing Content-Lengths',
      'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
      400,
    ],
    [
      'Content-Length with Transfer-Encoding',
      'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n',
      400,
    ],
    ['chunked not last', 'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, gzip\r\n\r\n', 400],
    [
      'a coding other than chunked',
      'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n',
      501,
    ],
    ['Transfer-Encoding in HTTP/1.0', 'POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n', 400],
    [
      'a chunk size that is not hex',
      'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      400,
    ],
    [
      'a chunk size beyond 8 hex digits',
      'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n100000000\r\n',
      400,
    ],
    [
      'chunk data without its CRLF',
      'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1\r\naXY',
      400,
    ],
    ['an expectation other than 100-continue', 'POST / HTTP/1.1\r\nHost: h\r\nExpect: 200-ok\r\n\r\n', 417],
  ];
  for (const [what, input, status] of refused) {
    test(`refused: ${what} (${status}), whole or byte by byte, and nothing parsed after`, () => {
      for (const bytewise of [false, true]) {
        const { events, parser } = parse(input, { bytewise });
        assert.deepEqual(errors(events), [status], `bytewise ${bytewise}`);
        assert.equal(requests(events).length, 0);
        parser.push(Buffer.from('GET / HTTP/1.1\r\nHost: h\r\n\r\n'));
        assert.equal(events.filter((e) => 'request' in e || 'error' in e).length, 1);
      }
    });
  }

  test('a head over maxHeaderBytes, or too many fields: 431, without waiting for its end', () => {
    const long = `GET / HTTP/1.1\r\nHost: h\r\nX-Big: ${'a'.repeat(200)}`;
    assert.deepEqual(errors(parse(long, { limits: { maxHeaderBytes: 128 } }).events), [431]);
    const many = `GET / HTTP/1.1\r\nHost: h\r\n${'X-A: 1\r\n'.repeat(5)}\r\n`;
    assert.deepEqual(errors(parse(many, { limits: { maxHeaders: 4 } }).events), [431]);
    const trailers = `POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: ${'a'.repeat(200)}`;
    assert.deepEqual(errors(parse(trailers, { limits: { maxHeaderBytes: 128 } }).events), [431]);
  });
});
