// One HTTP/1.1 connection of the SQS/SNS port (plain or TLS): feeds the socket's bytes to the
// pure parser (parser.ts), hands each request to the handler with a Reply, and writes the
// answers in request order (pipelined requests may finish out of order: a long poll behind a
// send). A malformed request gets its status (400, 431, ...) after the answers already owed,
// then that connection alone closes. Each answer is one write of head and body together.
import type { Socket } from 'node:net';
import { DEFAULT_LIMITS, type ParserLimits, RequestParser, type RequestHead } from './parser.js';
import { type DateHeader, encodeResponse, statusLine } from './response.js';

export interface HttpRequest {
  method: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  body: Buffer;
  /** the body passed the size limit and was dropped */
  tooBig: boolean;
  remoteAddress: string | undefined;
}

export type RequestHandler = (req: HttpRequest, reply: Reply) => void;

export interface ConnectionOptions {
  limits?: ParserLimits;
  /** an idle connection (no request in progress) is closed after this long (ms) */
  idleTimeoutMs: number;
  date: DateHeader;
}

/** pipelined requests read ahead of their answers before the socket stops being read */
const MAX_QUEUED = 32;
/** how long a connection refused for a malformed request may linger before it is destroyed */
const LINGER_MS = 2000;

/** The answer to one request; the connection writes it when every earlier answer is out. */
export class Reply {
  /** encoded answer, until written */
  bytes: Buffer | undefined;
  written = false;
  private closeListeners: (() => void)[] | undefined;

  constructor(
    private readonly conn: Connection,
    readonly head: RequestHead,
    /** still waiting for its body (Expect: 100-continue not answered yet) */
    public awaitingBody: boolean,
  ) {}

  /** The connection is gone: nothing sent now reaches the client. */
  get closed(): boolean {
    return this.conn.closed;
  }

  /** Sends the answer; `headers` as name, value pairs (Content-Length and Date are added). */
  send(status: number, headers: readonly string[], body: Buffer): void {
    if (this.bytes !== undefined || this.written || this.conn.closed) return;
    this.bytes = this.conn.encode(this.head, status, headers, body);
    this.closeListeners = undefined;
    this.conn.flush();
  }

  /** `listener` runs if the connection closes before the answer is sent; the result removes it. */
  onClose(listener: () => void): () => void {
    (this.closeListeners ??= []).push(listener);
    return () => {
      const i = this.closeListeners?.indexOf(listener) ?? -1;
      if (i >= 0) this.closeListeners!.splice(i, 1);
    };
  }

  connectionClosed(): void {
    const listeners = this.closeListeners;
    this.closeListeners = undefined;
    if (listeners !== undefined) for (const l of listeners) l();
  }
}

export class Connection {
  closed = false;
  private readonly parser: RequestParser;
  /** answers owed, oldest first */
  private readonly queue: Reply[] = [];
  /** the answer to a malformed request, written after the queue and followed by a close */
  private refusal: Buffer | undefined;
  private paused = false;

  constructor(
    private readonly socket: Socket,
    private readonly handler: RequestHandler,
    private readonly options: ConnectionOptions,
  ) {
    socket.setNoDelay(true);
    this.parser = new RequestParser(
      {
        head: (head) => this.onHead(head),
        request: (head, body, tooBig) => this.onRequest(head, body, tooBig),
        error: (status, reason) => this.onError(status, reason),
      },
      options.limits ?? DEFAULT_LIMITS,
    );
    socket.on('data', (chunk: Buffer) => this.parser.push(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.onClosed());
    socket.setTimeout(options.idleTimeoutMs, () => {
      // idle, or a request whose head or body stalls; an answer still being worked on (a long
      // poll waits at most 20 s) keeps the connection
      if (this.queue.length === 0) socket.destroy();
    });
  }

  encode(head: RequestHead, status: number, headers: readonly string[], body: Buffer): Buffer {
    return encodeResponse(status, headers, body, {
      date: this.options.date.value(),
      close: !head.keepAlive,
      keepAliveHeader: head.minor === 0 && head.keepAlive,
      omitBody: head.method === 'HEAD',
    });
  }

  private onHead(head: RequestHead): void {
    const reply = new Reply(this, head, head.expectContinue);
    this.queue.push(reply);
    if (this.queue.length === 1) this.sendContinue(reply);
    if (this.queue.length >= MAX_QUEUED && !this.paused) {
      this.paused = true;
      this.socket.pause();
    }
  }

  private onRequest(head: RequestHead, body: Buffer, tooBig: boolean): void {
    const reply = this.queue[this.queue.length - 1];
    reply.awaitingBody = false;
    this.handler(
      {
        method: head.method,
        url: head.url,
        headers: head.headers,
        body,
        tooBig,
        remoteAddress: this.socket.remoteAddress,
      },
      reply,
    );
  }

  private onError(status: number, _reason: string): void {
    // a request cut short by the error is never handled: it owes no answer
    if (this.queue.at(-1)?.awaitingBody) this.queue.pop();
    this.refusal = Buffer.from(
      `${statusLine(status)}content-length: 0\r\nconnection: close\r\n\r\n`,
      'latin1',
    );
    this.socket.pause();
    this.flush();
  }

  /** Writes every answer that is ready and has no unanswered request before it. */
  flush(): void {
    if (this.closed) return;
    let n = 0;
    while (n < this.queue.length && this.queue[n].bytes !== undefined) n++;
    if (n === 0) {
      if (this.queue.length === 0 && this.refusal !== undefined) this.refuse();
      return;
    }
    const done = this.queue.splice(0, n);
    let last: Reply | undefined;
    for (const r of done) {
      this.socket.write(r.bytes!);
      r.bytes = undefined;
      r.written = true;
      last = r;
    }
    if (!last!.head.keepAlive) {
      this.socket.end();
      return;
    }
    if (this.queue.length > 0) this.sendContinue(this.queue[0]);
    else if (this.refusal !== undefined) this.refuse();
    if (this.paused && this.queue.length < MAX_QUEUED && this.refusal === undefined) {
      this.paused = false;
      this.socket.resume();
    }
  }

  /** The interim answer a client sending `Expect: 100-continue` waits for, once it is its turn. */
  private sendContinue(reply: Reply): void {
    if (!reply.awaitingBody || !reply.head.expectContinue) return;
    reply.head.expectContinue = false;
    this.socket.write('HTTP/1.1 100 Continue\r\n\r\n');
  }

  private refuse(): void {
    this.socket.end(this.refusal!);
    this.refusal = undefined;
    // a client still sending would keep the half-closed socket: it goes after a short wait
    setTimeout(() => this.socket.destroy(), LINGER_MS).unref();
  }

  private onClosed(): void {
    this.closed = true;
    const owed = this.queue.splice(0);
    for (const r of owed) r.connectionClosed();
  }
}
