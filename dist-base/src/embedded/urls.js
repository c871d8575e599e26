const FIELDS = {
    amqp: { field: 'amqpUrl', url: (hp) => `amqp://${hp}` },
    amqps: { field: 'amqpsUrl', url: (hp) => `amqps://${hp}` },
    http: { field: 'httpUrl', url: (hp) => `http://${hp}` },
    https: { field: 'httpsUrl', url: (hp) => `https://${hp}` },
    kafka: { field: 'kafkaBootstrap', url: (hp) => hp },
    sqs: { field: 'sqsEndpoint', url: (hp) => `http://${hp}` },
    resp: { field: 'respUrl', url: (hp) => `redis://${hp}` },
};
/** The URLs of `listeners`; the first listener of a protocol wins, unknown protocols are skipped. */
export function urlsOf(listeners) {
    const urls = {
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
        if (f && urls[f.field] === undefined)
            urls[f.field] = f.url(hostPort(l.host, l.port));
    }
    return urls;
}
/** A listener bound to every interface is reached on loopback; an IPv6 address goes in brackets. */
function hostPort(host, port) {
    const h = host === undefined || host === '' || host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
    return h.includes(':') ? `[${h}]:${port}` : `${h}:${port}`;
}
//# sourceMappingURL=urls.js.map