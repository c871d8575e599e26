// The SQS (and SNS) HTTP listener: one port for the AWS query protocol and AWS JSON 1.0
// (told apart by Content-Type, codec/request.ts). Each request: body read (bounded),
// signature verified against the access key's secret, action dispatched to its handler,
// answer or error written in the request's protocol. A bad request answers an error in
// that protocol's shape and leaves the connection usable; nothing here throws to Node. HTTP/1.1
// itself is Wharf's own (http/): node:http cost about as much per request as the SQS work.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:net';
import type { Broker } from '../broker/index.js';
import { listen } from '../listen.js';
import type { LoadedTls } from '../tls.js';
import {
  AwsError,
  detectProtocol,
  type HttpRequestParts,
  parseAwsRequest,
  serializeError,
  serializeOutput,
  SigningKeys,
  SQS_MODEL,
  verifySigV4,
} from './codec/index.js';
import { MESSAGE_ACTIONS } from './actions-messages.js';
import { QUEUE_ACTIONS } from './actions-queues.js';
import { AccessKeys } from './access-keys.js';
import type { ActionContext, ActionHandler, SqsFront } from './context.js';
import { toAwsError } from './resolve.js';
import { SqsQueues } from './sqs-queues.js';
import { MoveTasks } from './move-tasks.js';
import { registerSnsComponents, SNS_ACTIONS } from './sns/actions.js';
import { tapAllTopics } from './sns/delivery.js';
import { HttpDeliveries } from './sns/http-deliveries.js';
import { CERT_PATH, SnsSigner } from './sns/signer.js';
import { BrokerError } from '../broker/index.js';
import type { HttpRequest, Reply } from './http/connection.js';
import { HttpListeners } from './http/listener.js';
import { DEFAULT_LIMITS } from './http/parser.js';

export interface SqsServerOptions {
  host?: string;
  /** the region named in ARNs (default us-east-1) */
  region?: string;
  /** largest request body read (default 4 MiB: a batch of ten 256 KiB messages, encoded, fits) */
  maxBodyBytes?: number;
}

/** SNS actions a subscriber may call unsigned: following a SubscribeURL or an UnsubscribeURL */
const ANONYMOUS_SNS = new Set(['ConfirmSubscription', 'Unsubscribe']);

const DEFAULT_MAX_BODY = 4 * 1024 * 1024;
const EMPTY = Buffer.alloc(0);

export class SqsServer implements SqsFront {
  readonly queues: SqsQueues;
  readonly region: string;
  readonly keys: AccessKeys;
  readonly snsSigner: SnsSigner;
  readonly snsHttp: HttpDeliveries;
  private readonly listeners: HttpListeners;
  private readonly handlers: Record<string, ActionHandler>;
  private readonly snsHandlers: Record<string, ActionHandler> = SNS_ACTIONS;
  private readonly maxBody: number;
  private readonly moveTasks = new MoveTasks();
  private readonly signingKeys = new SigningKeys();
  origin = 'http://127.0.0.1:9324';
  private originSet = false;

  constructor(
    readonly broker: Broker,
    private readonly options: SqsServerOptions = {},
  ) {
    this.region = options.region ?? 'us-east-1';
    this.queues = new SqsQueues(broker, this.region);
    this.keys = new AccessKeys(broker);
    this.maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
    this.listeners = new HttpListeners({ ...DEFAULT_LIMITS, maxBodyBytes: this.maxBody }, (msg) =>
      broker.config.onWarning?.(msg),
    );
    this.handlers = {
      ...QUEUE_ACTIONS,
      ...MESSAGE_ACTIONS,
      StartMessageMoveTask: this.moveTasks.start,
      ListMessageMoveTasks: this.moveTasks.list,
      CancelMessageMoveTask: this.moveTasks.cancel,
    };
    this.snsSigner = new SnsSigner(broker.storage.dataDir);
    this.snsHttp = new HttpDeliveries(this, { onWarning: (msg) => broker.config.onWarning?.(msg) });
    registerSnsComponents(this);
  }

  /**
   * Once the broker is open (its queues and parameters loaded; the front is built before):
   * SQS attributes onto their engine queues, topic taps (not recorded), SNS http deliveries
   * stored before a restart.
   */
  opened(): void {
    this.queues.applyAll();
    tapAllTopics(this);
    this.snsHttp.start();
  }

  listen(port: number): Promise<number> {
    return this.bind(
      this.listeners.plain((req, reply) => this.onRequest(req, reply, 'http')),
      port,
      'http',
    );
  }

  listenTls(port: number, tls: LoadedTls): Promise<number> {
    return this.bind(
      this.listeners.tls(tls, (req, reply) => this.onRequest(req, reply, 'https')),
      port,
      'https',
    );
  }

  private async bind(server: Server, port: number, scheme: string): Promise<number> {
    const host = this.options.host ?? '0.0.0.0';
    const bound = await listen(server, host, port, (err) =>
      this.broker.config.onWarning?.(`SQS listener: ${err.message}`),
    );
    if (!this.originSet) {
      this.originSet = true;
      const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      this.origin = `${scheme}://${h}:${bound}`;
    }
    return bound;
  }

  async close(): Promise<void> {
    this.moveTasks.close();
    this.snsHttp.close();
    await this.listeners.close();
  }

  private existingVhost(name: string) {
    const v = this.broker.vhost(name);
    if (!v) throw new BrokerError('NOT_ALLOWED', `vhost ${name} not found`, true);
    return v;
  }

  private onRequest(req: HttpRequest, reply: Reply, scheme: string): void {
    this.handle(req, reply, scheme).catch((err) => {
      this.broker.config.onWarning?.(`SQS request failed: ${(err as Error)?.stack ?? String(err)}`);
      reply.send(500, [], EMPTY);
    });
  }

  private async handle(req: HttpRequest, reply: Reply, scheme: string): Promise<void> {
    const requestId = randomUUID();
    const parts: HttpRequestParts = req;
    if (parts.method === 'GET' && parts.url === CERT_PATH) {
      // SigningCertURL: the certificate SNS messages are signed with, for any subscriber to fetch
      reply.send(200, ['content-type', 'application/x-pem-file'], Buffer.from(this.snsSigner.certificate()));
      return;
    }
    const parsed = parseAwsRequest(withPathQueueUrl(parts, `${scheme}://${req.headers.host ?? 'localhost'}`));
    const send = (p: { status: number; headers: Record<string, string>; body: Buffer }) => {
      const headers: string[] = [];
      for (const name in p.headers) headers.push(name, p.headers[name]);
      reply.send(p.status, headers, p.body);
    };
    const fail = (e: AwsError) => send(serializeError(parsed.protocol, parsed.model, e, requestId));
    if (req.tooBig) {
      return fail(
        new AwsError('InvalidParameterValue', `The request body is larger than ${this.maxBody} bytes.`),
      );
    }
    const anonymous =
      parsed.ok &&
      parsed.service === 'sns' &&
      ANONYMOUS_SNS.has(parsed.action) &&
      parts.headers.authorization === undefined &&
      !parts.url.includes('X-Amz-Signature=');
    const auth = anonymous
      ? ({ ok: true, accessKeyId: '' } as const)
      : verifySigV4(parts, (key) => this.keys.secretOf(key, req.remoteAddress), {
          keys: this.signingKeys,
        });
    if (!auth.ok) return fail(new AwsError(auth.code, auth.message));
    if (!parsed.ok) return fail(parsed.error);
    const user = anonymous ? '' : this.keys.userOf(auth.accessKeyId)!;
    const handler = (parsed.service === 'sqs' ? this.handlers : this.snsHandlers)[parsed.action];
    if (!handler) {
      return fail(
        new AwsError('InvalidAction', `The action ${parsed.action} is not valid for this endpoint.`),
      );
    }
    // made on first use (a long poll): most actions never look at it
    let ac: AbortController | undefined;
    let unlisten: (() => void) | undefined;
    const q = parts.url.indexOf('?');
    const ctx: ActionContext = {
      front: this,
      protocol: parsed.protocol,
      action: parsed.action,
      input: parsed.input,
      user,
      accessKey: auth.accessKeyId,
      origin: `${scheme}://${req.headers.host ?? 'localhost'}`,
      path: q < 0 ? parts.url : parts.url.slice(0, q),
      get signal() {
        if (ac === undefined) {
          const made = (ac = new AbortController());
          if (reply.closed) made.abort();
          else unlisten = reply.onClose(() => made.abort());
        }
        return ac.signal;
      },
      anonymous,
      vhost: (name) => ({
        vhost: anonymous ? this.existingVhost(name) : this.broker.openVhost(user, name),
        access: this.broker.identity.access(user, name),
      }),
    };
    try {
      const output = await handler(ctx);
      send(serializeOutput(parsed.protocol, parsed.model, parsed.action, output, requestId));
    } catch (err) {
      fail(parsed.service === 'sns' ? snsError(toAwsError(err)) : toAwsError(err));
    } finally {
      unlisten?.();
    }
  }
}

/**
 * Query-protocol clients may post to the queue URL itself and leave QueueUrl out (kombu's
 * asynchronous SQS client does): the path then names the queue, as in ElasticMQ. The
 * parameter is added for the codec only; the signature is checked on the request as sent.
 */
function withPathQueueUrl(parts: HttpRequestParts, origin: string): HttpRequestParts {
  const q = parts.url.indexOf('?');
  const path = q < 0 ? parts.url : parts.url.slice(0, q);
  if (path === '/' || path === '' || detectProtocol(parts) !== 'query') return parts;
  const form = new URLSearchParams(parts.body.toString('utf8'));
  if (form.has('QueueUrl') || (q >= 0 && new URLSearchParams(parts.url.slice(q + 1)).has('QueueUrl')))
    return parts;
  form.set('QueueUrl', `${origin}${path}`);
  return { ...parts, body: Buffer.from(form.toString()) };
}

/** SQS-named errors in SNS's own names (its model lists *Exception shapes). */
function snsError(e: AwsError): AwsError {
  switch (e.code) {
    case 'AccessDenied':
      return new AwsError('AuthorizationErrorException', e.message);
    case 'QueueDoesNotExist':
      return new AwsError('NotFoundException', e.message);
    case 'InvalidParameterValue':
    case 'MissingParameter':
      return new AwsError('InvalidParameterException', e.message);
    case 'InternalFailure':
      return new AwsError('InternalErrorException', e.message);
    default:
      return e;
  }
}

export { SQS_MODEL };
