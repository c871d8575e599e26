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
/** The URLs of `listeners`; the first listener of a protocol wins, unknown protocols are skipped. */
export declare function urlsOf(listeners: readonly BoundListener[]): WharfUrls;
