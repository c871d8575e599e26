import { VERSION } from '../version.js';
import { RespServer } from './index.js';
export const respFront = {
    name: 'resp',
    create({ broker, log, options: o, tls }) {
        if (!tls && typeof o.respsPort === 'number')
            throw new Error('respsPort needs tls (cert and key files)');
        const port = typeof o.respPort === 'number' ? o.respPort : undefined;
        const tlsPort = tls && typeof o.respsPort === 'number' ? o.respsPort : undefined;
        if (port === undefined && tlsPort === undefined)
            return undefined;
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
                if (port !== undefined)
                    await bind('resp', () => server.listen(), port);
                if (tls && tlsPort !== undefined)
                    await bind('resps', () => server.listenTls(tlsPort, tls), tlsPort);
            },
            close: () => server.close(),
        };
    },
};
//# sourceMappingURL=front.js.map