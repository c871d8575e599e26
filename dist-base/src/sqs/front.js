import { SqsServer } from './server.js';
export const sqsFront = {
    name: 'sqs',
    create({ broker, options: o, tls }) {
        if (!tls && typeof o.sqssPort === 'number')
            throw new Error('sqssPort needs tls (cert and key files)');
        const port = o.sqsPort ?? false;
        const tlsPort = tls === undefined || o.sqssPort === undefined ? false : o.sqssPort;
        if (port === false && tlsPort === false)
            return undefined;
        const server = new SqsServer(broker, { host: o.host });
        return {
            name: 'sqs',
            async start(bind) {
                server.opened();
                if (port !== false)
                    await bind('sqs', () => server.listen(port), port);
                if (tls && tlsPort !== false)
                    await bind('sqss', () => server.listenTls(tlsPort, tls), tlsPort);
            },
            close: () => server.close(),
        };
    },
};
//# sourceMappingURL=front.js.map