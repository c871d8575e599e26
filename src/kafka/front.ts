// The Kafka front as the server registers it (docs/kafka.md): a plain listener
// (kafkaPort; `wharf serve` defaults it to 9092, embedding code gets none unless asked)
// and, with TLS configured, one on kafkaTlsPort.
import type { Front, FrontDefinition } from '../fronts/front.js';
import { KafkaServer } from './index.js';

export const kafkaFront: FrontDefinition = {
  name: 'kafka',
  create({ broker, log, options: o, tls }): Front | undefined {
    if (!tls && typeof o.kafkaTlsPort === 'number')
      throw new Error('kafkaTlsPort needs tls (cert and key files)');
    const port = o.kafkaPort ?? false;
    const tlsPort = tls === undefined || o.kafkaTlsPort === undefined ? false : o.kafkaTlsPort;
    if (port === false && tlsPort === false) return undefined;
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
        if (port !== false) await bind('kafka', () => server.listen(), port);
        if (tls && tlsPort !== false) await bind('kafka-tls', () => server.listenTls(tlsPort, tls), tlsPort);
      },
      close: () => server.close(),
    };
  },
};
