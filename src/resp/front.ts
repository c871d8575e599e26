// The Redis Streams (RESP) front as the server registers it (docs/redis-streams.md): a
// plain listener (respPort; `wharf serve` defaults it to 6380, embedding code gets none
// unless asked) and, with TLS configured, one on respsPort.
import type { Front, FrontDefinition } from '../fronts/front.js';
import { VERSION } from '../version.js';
import { RespServer } from './index.js';

export const respFront: FrontDefinition = {
  name: 'resp',
  create({ broker, log, options: o, tls }): Front | undefined {
    if (!tls && typeof o.respsPort === 'number') throw new Error('respsPort needs tls (cert and key files)');
    const port = typeof o.respPort === 'number' ? o.respPort : undefined;
    const tlsPort = tls && typeof o.respsPort === 'number' ? o.respsPort : undefined;
    if (port === undefined && tlsPort === undefined) return undefined;
    const server = new RespServer(broker, log, VERSION, {
      host: o.host,
      port: port ?? 0,
      vhost: o.respVhost,
      defaultUser: o.respDefaultUser,
      requireAuth: o.respRequireAuth,
      authFailureDelayMs: o.authFailureDelay,
    });
    return {
      name: 'resp',
      async start(bind) {
        if (port !== undefined) await bind('resp', () => server.listen(), port);
        if (tls && tlsPort !== undefined) await bind('resps', () => server.listenTls(tlsPort, tls), tlsPort);
      },
      close: () => server.close(),
    };
  },
};
