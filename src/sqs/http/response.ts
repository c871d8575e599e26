// Encoding an answer of the SQS/SNS port: status line, the handler's fields, Content-Length,
// Date and the connection's framing, then the body, in one buffer so that it goes out in one
// write. Field values come from Wharf's own code; a CR or LF in one is dropped rather than
// allowed to start a new field.

const REASONS: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  417: 'Expectation Failed',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
  505: 'HTTP Version Not Supported',
};

export function statusLine(status: number): string {
  return `HTTP/1.1 ${status} ${REASONS[status] ?? 'Unknown'}\r\n`;
}

export interface Framing {
  /** the Date field's value */
  date: string;
  /** the connection closes after this answer */
  close: boolean;
  /** an HTTP/1.0 client that asked to keep the connection is told it is kept */
  keepAliveHeader: boolean;
  /** the answer to HEAD: fields only */
  omitBody: boolean;
}

const NEWLINE = /[\r\n]/g;

export function encodeResponse(
  status: number,
  headers: readonly string[],
  body: Buffer,
  framing: Framing,
): Buffer {
  let head = statusLine(status);
  for (let i = 0; i + 1 < headers.length; i += 2) {
    const value = headers[i + 1];
    head += `${headers[i]}: ${value.includes('\r') || value.includes('\n') ? value.replace(NEWLINE, '') : value}\r\n`;
  }
  head += `content-length: ${body.length}\r\ndate: ${framing.date}\r\n`;
  if (framing.close) head += 'connection: close\r\n';
  else if (framing.keepAliveHeader) head += 'connection: keep-alive\r\n';
  head += '\r\n';
  const headBytes = head.length; // latin1: one byte a character
  const size = framing.omitBody ? headBytes : headBytes + body.length;
  const out = Buffer.allocUnsafe(size);
  out.write(head, 0, 'latin1');
  if (!framing.omitBody) body.copy(out, headBytes);
  return out;
}

/** The Date field (RFC 9110 §6.6.1), formatted once a second. */
export class DateHeader {
  private second = -1;
  private text = '';

  value(now = Date.now()): string {
    const s = Math.floor(now / 1000);
    if (s !== this.second) {
      this.second = s;
      this.text = new Date(s * 1000).toUTCString();
    }
    return this.text;
  }
}
