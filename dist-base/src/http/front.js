import { HttpServer } from './server.js';
export const httpFront = {
    name: 'http',
    create({ broker, options: o, tls, shovels }) {
        if (!tls && typeof o.httpsPort === 'number')
            throw new Error('httpsPort needs tls (cert and key files)');
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
                if (httpPort !== false)
                    await bind('http', () => server.listen(), httpPort);
                if (tls && o.httpsPort !== false) {
                    const port = o.httpsPort ?? 15671;
                    await bind('https', () => server.listenTls(port, tls), port);
                }
            },
            close: () => server.close(),
        };
    },
};
//# sourceMappingURL=front.js.map