// The address a client uses for each listener a server reports (WharfServer.listeners). A front that
// starts listening only has to report its listener under its protocol name; the URL field it fills
// is looked up here, so startWharf knows no front.
import type { BoundListener } from '../server.js';

/** The addresses of a running Wharf, one field per kind of front; undefined when it is not running. */
export interface WharfUrls {
  /** amqp://127.0.0.1:PORT (no credentials: clients default to guest/guest, vhost /) */
  amqpUrl: string | undefined;
  /** amqps://127.0.0.1:PORT when tls is configured */
  amqpsUrl: string | undefined;
  /** http://127.0.0.1:PORT: management API, dashboard, /metrics */
  httpUrl: string | undefined;
  /** https://127.0.0.1:PORT when tls is configured */
  httpsUrl: string | undefined;
  /** HOST:PORT of the Kafka front (kafkajs `brokers`, librdkafka `bootstrap.servers`) */
  kafkaBootstrap: string | undefined;
  /** http://HOST:PORT of the SQS/SNS front (the AWS SDK's `endpoint`) */
  sqsEndpoint: string | undefined;
  /** redis://HOST:PORT of the Redis Streams (RESP) front */
  respUrl: string | undefined;
}

const FIELDS: Record<string, { field: keyof WharfUrls; url: (hostPort: string) => string }> = {
  amqp: { field: 'amqpUrl', url: (hp) => `amqp://${hp}` },
  amqps: { field: 'amqpsUrl', url: (hp) => `amqps://${hp}` },
  http: { field: 'httpUrl', url: (hp) => `http://${hp}` },
  https: { field: 'httpsUrl', url: (hp) => `https://${hp}` },
  kafka: { field: 'kafkaBootstrap', url: (hp) => hp },
  sqs: { field: 'sqsEndpoint', url: (hp) => `http://${hp}` },
  resp: { field: 'respUrl', url: (hp) => `redis://${hp}` },
};

/** The URLs of `listeners`; the first listener of a protocol wins, unknown protocols are skipped. */
export function urlsOf(listeners: readonly BoundListener[]): WharfUrls {
  const urls: WharfUrls = {
    amqpUrl: undefined,
    amqpsUrl: undefined,
    httpUrl: undefined,
    httpsUrl: undefined,
    kafkaBootstrap: undefined,
    sqsEndpoint: undefined,
    respUrl: undefined,
  };
  for (const l of listeners) {
    const f = FIELDS[l.protocol];
    if (f && urls[f.field] === undefined) urls[f.field] = f.url(hostPort(l.host, l.port));
  }
  return urls;
}

/** A listener bound to every interface is reached on loopback; an IPv6 address goes in brackets. */
function hostPort(host: string | undefined, port: number): string {
  const h =
    host === undefined || host === '' || host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return h.includes(':') ? `[${h}]:${port}` : `${h}:${port}`;
}
