import { VERSION } from '../version.js';
import { AmqpServer } from './server.js';
export const amqpFront = {
    name: 'amqp',
    create({ broker, log, options: o, tls }) {
        if (o.amqpPort === false && (!tls || o.amqpsPort === false))
            throw new Error('no AMQP listener: amqpPort is false and no AMQPS listener is configured (tls)');
        if (!tls && typeof o.amqpsPort === 'number')
            throw new Error('amqpsPort needs tls (cert and key files)');
        const server = new AmqpServer(broker, log, VERSION, {
            host: o.host,
            port: o.amqpPort ?? 5672,
            heartbeat: o.heartbeat,
            frameMax: o.frameMax,
            channelMax: o.channelMax,
            maxMessageSize: o.maxMessageSize,
            consumerTimeoutMs: o.consumerTimeout,
            handshakeTimeoutMs: o.handshakeTimeout,
            authFailureDelayMs: o.authFailureDelay,
            connectionMax: o.connectionMax,
            maxUnconfirmedBytes: o.maxUnconfirmedBytesPerConnection,
        });
        return {
            name: 'amqp',
            async start(bind) {
                if (o.amqpPort !== false)
                    await bind('amqp', () => server.listen(), o.amqpPort ?? 5672);
                if (tls && o.amqpsPort !== false) {
                    const port = o.amqpsPort ?? 5671;
                    await bind('amqps', () => server.listenTls(port, tls), port);
                }
            },
            close: () => server.close(),
        };
    },
};
//# sourceMappingURL=front.js.map