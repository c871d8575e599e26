// The management HTTP front (API, dashboard, /metrics) as the server registers it: a
// plain listener (httpPort, default 15672) and, with TLS configured, HTTPS (httpsPort,
// default 15671).
import type { Front, FrontDefinition } from '../fronts/front.js';
import { HttpServer } from './server.js';

export const httpFront: FrontDefinition = {
  name: 'http',
  create({ broker, options: o, tls, shovels }): Front {
    if (!tls && typeof o.httpsPort === 'number') throw new Error('httpsPort needs tls (cert and key files)');
    const httpPort = o.httpPort ?? 15672;
    const server = new HttpServer(broker, {
      host: o.host,
      port: httpPort === false ? 0 : httpPort,
      metricsAuth: o.metricsAuth ?? false,
      shovels,
    });
    return {
      name: 'http',
      async start(bind) {
        if (httpPort !== false) await bind('http', () => server.listen(), httpPort);
        if (tls && o.httpsPort !== false) {
          const port = o.httpsPort ?? 15671;
          await bind('https', () => server.listenTls(port, tls), port);
        }
      },
      close: () => server.close(),
    };
  },
};
