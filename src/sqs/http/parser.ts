// HTTP/1.1 request parsing for the SQS/SNS port (RFC 9112), pure: bytes in, events out, no
// sockets. What the port's clients send: keep-alive requests with Content-Length bodies (the
// AWS SDKs, botocore), `Expect: 100-continue` before a body (libcurl, so kombu's pycurl
// client), chunked bodies (allowed by HTTP/1.1; no SQS client seen sends them, but a proxy
// may), several requests back to back (pipelining; answered in order by the connection).
//
//   request      = request-line *( field-line CRLF ) CRLF [ body ]
//   request-line = method SP request-target SP "HTTP/1." ("0" / "1") CRLF
//   field-line   = token ":" OWS value OWS      (no obs-fold, no bare LF or CR)
//   body         = Content-Length octets | chunked: *( hex [ ";" ext ] CRLF data CRLF ) "0" CRLF trailers CRLF
//
// Anything else ends the connection's parsing with an error status (400 malformed, 431 head
// too large, 501 a transfer coding other than chunked, 505 another HTTP version, 417 an
// expectation other than 100-continue): the connection answers it and closes. Ambiguous
// framing is refused rather than guessed (Content-Length with Transfer-Encoding, differing
// Content-Lengths), as request smuggling lives in the difference between two parsers' guesses.

export interface RequestHead {
  method: string;
  /** request-target as sent (`/123/queue?Action=...`) */
  url: string;
  /** 0 for HTTP/1.0, 1 for HTTP/1.1 */
  minor: number;
  /** lower-case names; a repeated field joined with ', ', or its first value for the fields Node keeps once */
  headers: Record<string, string>;
  /** the connection stays open after the answer */
  keepAlive: boolean;
  /** `Expect: 100-continue` (HTTP/1.1): the client waits for an interim 100 before sending the body */
  expectContinue: boolean;
}

export interface ParserEvents {
  /** The head is complete; its body (if any) follows. */
  head(head: RequestHead): void;
  /** The whole request; `tooBig`: the body passed maxBodyBytes and was read and dropped (body empty). */
  request(head: RequestHead, body: Buffer, tooBig: boolean): void;
  /** Malformed input: nothing more is parsed on this connection. */
  error(status: number, reason: string): void;
}

export interface ParserLimits {
  /** request line + fields, and separately the trailers of a chunked body (Node's default: 16 KiB) */
  maxHeaderBytes: number;
  maxHeaders: number;
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: ParserLimits = {
  maxHeaderBytes: 16 * 1024,
  maxHeaders: 100,
  maxBodyBytes: 4 * 1024 * 1024,
};

const enum State {
  Head,
  Body,
  ChunkSize,
  ChunkData,
  ChunkEnd,
  Trailers,
  /** after Connection: close, or an error: input is ignored */
  Done,
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const REQUEST_LINE = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+) ([\x21-\x7e]+) HTTP\/(\d)\.(\d)$/;
/** field values: visible characters, SP, HTAB and obs-text; no other control character */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const BAD_VALUE = /[\x00-\x08\x0a-\x1f\x7f]/;
const DIGITS = /^\d{1,15}$/;
const HEX = /^[0-9A-Fa-f]{1,8}$/;
/** one chunk-size line with its extensions */
const MAX_CHUNK_LINE = 1024;
/** fields Node's parser keeps once (the first); the rest are joined with ', ' */
const SINGLE = new Set([
  'age',
  'authorization',
  'content-type',
  'etag',
  'expires',
  'from',
  'if-modified-since',
  'if-unmodified-since',
  'last-modified',
  'location',
  'max-forwards',
  'proxy-authorization',
  'referer',
  'retry-after',
  'server',
  'user-agent',
]);
const EMPTY = Buffer.alloc(0);

class Refused {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {}
}

export class RequestParser {
  private state = State.Head;
  /** bytes received and not yet consumed */
  private buf: Buffer = EMPTY;
  /** where the search for the head's end resumes in buf */
  private scanned = 0;
  private head: RequestHead | undefined;
  /** Content-Length bytes, or a chunk's, still to come */
  private remaining = 0;
  private body: Buffer[] = [];
  private bodySize = 0;
  private tooBig = false;
  private trailerBytes = 0;

  constructor(
    private readonly events: ParserEvents,
    private readonly limits: ParserLimits = DEFAULT_LIMITS,
  ) {}

  /** True between requests with nothing of the next one received. */
  get idle(): boolean {
    return this.state === State.Head && this.buf.length === 0;
  }

  push(chunk: Buffer): void {
    if (this.state === State.Done || chunk.length === 0) return;
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    try {
      this.run();
    } catch (err) {
      if (!(err instanceof Refused)) throw err;
      this.state = State.Done;
      this.buf = EMPTY;
      this.body = [];
      this.events.error(err.status, err.reason);
    }
  }

  private run(): void {
    for (;;) {
      switch (this.state) {
        case State.Head:
          if (!this.readHead()) return;
          break;
        case State.Body:
          if (!this.readData()) return;
          this.complete();
          break;
        case State.ChunkSize:
          if (!this.readChunkSize()) return;
          break;
        case State.ChunkData:
          if (!this.readData()) return;
          this.state = State.ChunkEnd;
          break;
        case State.ChunkEnd:
          if (this.buf.length < 2) return;
          if (this.buf[0] !== 13 || this.buf[1] !== 10)
            throw new Refused(400, 'chunk data not followed by CRLF');
          this.buf = this.buf.subarray(2);
          this.state = State.ChunkSize;
          break;
        case State.Trailers:
          if (!this.readTrailer()) return;
          break;
        case State.Done:
          return;
      }
    }
  }

  /** Parses a complete head if buf holds one; false when more bytes are needed. */
  private readHead(): boolean {
    // empty lines before a request line are skipped (RFC 9112 §2.2)
    while (this.buf.length >= 2 && this.buf[0] === 13 && this.buf[1] === 10) this.buf = this.buf.subarray(2);
    if (this.buf.length === 0) return false;
    const end = this.buf.indexOf('\r\n\r\n', Math.max(0, this.scanned - 3), 'latin1');
    if (end < 0 || end + 4 > this.limits.maxHeaderBytes) {
      if (this.buf.length > this.limits.maxHeaderBytes || end >= 0)
        throw new Refused(431, 'request head too large');
      // a bare LF would otherwise wait for the size limit: refused as soon as it is seen
      for (let i = this.scanned; i < this.buf.length; i++)
        if (this.buf[i] === 10 && (i === 0 || this.buf[i - 1] !== 13)) throw new Refused(400, 'bare LF');
      this.scanned = this.buf.length;
      return false;
    }
    const text = this.buf.toString('latin1', 0, end);
    this.buf = this.buf.subarray(end + 4);
    this.scanned = 0;
    const head = parseHead(text, this.limits.maxHeaders);
    this.head = head;
    this.body = [];
    this.bodySize = 0;
    this.tooBig = false;
    const te = head.headers['transfer-encoding'];
    const cl = head.headers['content-length'];
    this.events.head(head);
    if (te !== undefined) {
      this.state = State.ChunkSize;
    } else if (cl !== undefined && cl !== '0') {
      this.remaining = Number(cl);
      if (this.remaining > this.limits.maxBodyBytes) this.tooBig = true;
      this.state = State.Body;
    } else {
      this.complete();
    }
    return true;
  }

  /** Takes up to `remaining` bytes of body; true once they are all in. */
  private readData(): boolean {
    const n = Math.min(this.remaining, this.buf.length);
    if (n > 0) {
      this.take(this.buf.subarray(0, n));
      this.buf = this.buf.subarray(n);
      this.remaining -= n;
    }
    return this.remaining === 0;
  }

  private take(bytes: Buffer): void {
    if (this.tooBig) return;
    this.bodySize += bytes.length;
    if (this.bodySize > this.limits.maxBodyBytes) {
      this.tooBig = true;
      this.body = [];
      return;
    }
    this.body.push(bytes);
  }

  private readChunkSize(): boolean {
    const eol = this.buf.indexOf('\r\n', 0, 'latin1');
    if (eol < 0) {
      if (this.buf.length > MAX_CHUNK_LINE) throw new Refused(400, 'chunk size line too long');
      return false;
    }
    if (eol > MAX_CHUNK_LINE) throw new Refused(400, 'chunk size line too long');
    const line = this.buf.toString('latin1', 0, eol);
    this.buf = this.buf.subarray(eol + 2);
    const semi = line.indexOf(';');
    const hex = (semi < 0 ? line : line.slice(0, semi)).replace(/[ \t]+$/, '');
    if (!HEX.test(hex) || BAD_VALUE.test(line)) throw new Refused(400, 'bad chunk size');
    this.remaining = parseInt(hex, 16);
    if (this.remaining === 0) {
      this.trailerBytes = 0;
      this.state = State.Trailers;
    } else {
      this.state = State.ChunkData;
    }
    return true;
  }

  /** Trailer fields are read and dropped; the empty line ends the request. */
  private readTrailer(): boolean {
    const eol = this.buf.indexOf('\r\n', 0, 'latin1');
    if (eol < 0) {
      if (this.trailerBytes + this.buf.length > this.limits.maxHeaderBytes)
        throw new Refused(431, 'trailers too large');
      return false;
    }
    this.trailerBytes += eol + 2;
    if (this.trailerBytes > this.limits.maxHeaderBytes) throw new Refused(431, 'trailers too large');
    const line = this.buf.toString('latin1', 0, eol);
    this.buf = this.buf.subarray(eol + 2);
    if (line.length === 0) {
      this.complete();
      return true;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || !TOKEN.test(line.slice(0, colon)) || BAD_VALUE.test(line))
      throw new Refused(400, 'bad trailer field');
    return true;
  }

  private complete(): void {
    const head = this.head!;
    const body = this.tooBig
      ? EMPTY
      : this.body.length === 1
        ? this.body[0]
        : this.body.length === 0
          ? EMPTY
          : Buffer.concat(this.body, this.bodySize);
    const tooBig = this.tooBig;
    this.head = undefined;
    this.body = [];
    this.state = head.keepAlive ? State.Head : State.Done;
    if (!head.keepAlive) this.buf = EMPTY;
    this.events.request(head, body, tooBig);
  }
}

function parseHead(text: string, maxHeaders: number): RequestHead {
  const lines = text.split('\r\n');
  const m = REQUEST_LINE.exec(lines[0]);
  if (m === null) throw new Refused(400, 'bad request line');
  if (m[3] !== '1' || (m[4] !== '0' && m[4] !== '1')) throw new Refused(505, 'HTTP version not supported');
  const minor = m[4] === '1' ? 1 : 0;
  if (lines.length - 1 > maxHeaders) throw new Refused(431, 'too many header fields');
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const colon = line.indexOf(':');
    // no name, whitespace before the colon, obs-fold (a line starting with SP or HTAB), a bare CR or LF
    if (colon <= 0) throw new Refused(400, 'bad header field');
    const name = line.slice(0, colon);
    if (!TOKEN.test(name)) throw new Refused(400, 'bad header field name');
    const value = trimOws(line, colon + 1);
    if (BAD_VALUE.test(value)) throw new Refused(400, 'bad header field value');
    const key = name.toLowerCase();
    const had = headers[key];
    if (had === undefined) headers[key] = value;
    else if (key === 'content-length') {
      if (had !== value) throw new Refused(400, 'differing Content-Length fields');
    } else if (key === 'host') throw new Refused(400, 'more than one Host field');
    else if (!SINGLE.has(key)) headers[key] = `${had}, ${value}`;
  }
  const cl = headers['content-length'];
  const te = headers['transfer-encoding'];
  if (cl !== undefined && !DIGITS.test(cl)) throw new Refused(400, 'bad Content-Length');
  if (te !== undefined) {
    if (cl !== undefined) throw new Refused(400, 'both Content-Length and Transfer-Encoding');
    if (minor === 0) throw new Refused(400, 'Transfer-Encoding in an HTTP/1.0 request');
    const codings = te.toLowerCase().split(',');
    if (codings[codings.length - 1].trim() !== 'chunked') throw new Refused(400, 'body not chunked last');
    if (codings.length > 1) throw new Refused(501, `transfer coding not supported: ${te}`);
  }
  if (minor === 1 && headers.host === undefined) throw new Refused(400, 'no Host field');
  const connection = headers.connection?.toLowerCase();
  const keepAlive = minor === 1 ? !hasToken(connection, 'close') : hasToken(connection, 'keep-alive');
  let expectContinue = false;
  const expect = headers.expect;
  if (expect !== undefined && minor === 1) {
    if (expect.toLowerCase() !== '100-continue')
      throw new Refused(417, `expectation not supported: ${expect}`);
    expectContinue = true;
  }
  return { method: m[1], url: m[2], minor, headers, keepAlive, expectContinue };
}

function trimOws(line: string, from: number): string {
  let a = from;
  let b = line.length;
  while (a < b && (line.charCodeAt(a) === 32 || line.charCodeAt(a) === 9)) a++;
  while (b > a && (line.charCodeAt(b - 1) === 32 || line.charCodeAt(b - 1) === 9)) b--;
  return line.slice(a, b);
}

function hasToken(list: string | undefined, token: string): boolean {
  if (list === undefined) return false;
  for (const t of list.split(',')) if (t.trim() === token) return true;
  return false;
}
