import { KafkaServer } from './index.js';
export const kafkaFront = {
    name: 'kafka',
    create({ broker, log, options: o, tls }) {
        if (!tls && typeof o.kafkaTlsPort === 'number')
            throw new Error('kafkaTlsPort needs tls (cert and key files)');
        const port = o.kafkaPort ?? false;
        const tlsPort = tls === undefined || o.kafkaTlsPort === undefined ? false : o.kafkaTlsPort;
        if (port === false && tlsPort === false)
            return undefined;
        const server = new KafkaServer(broker, log, {
            host: o.host,
            port,
            advertisedHost: o.kafkaAdvertisedHost,
            vhost: o.kafkaVhost,
            requireSasl: o.kafkaRequireSasl,
            autoCreateTopics: o.kafkaAutoCreateTopics,
            numPartitions: o.kafkaNumPartitions,
            connectionMax: o.connectionMax,
            handshakeTimeoutMs: o.handshakeTimeout,
        });
        return {
            name: 'kafka',
            async start(bind) {
                if (port !== false)
                    await bind('kafka', () => server.listen(), port);
                if (tls && tlsPort !== false)
                    await bind('kafka-tls', () => server.listenTls(tlsPort, tls), tlsPort);
            },
            close: () => server.close(),
        };
    },
};
//# sourceMappingURL=front.js.map