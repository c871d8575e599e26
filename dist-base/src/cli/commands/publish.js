import { CliError } from '../api-client.js';
import { printJson, run } from './common.js';
export function collectHeader(value, previous = []) {
    return [...previous, value];
}
export function publishCommand(exchange, routingKey, payload, opts) {
    return run(opts, async (api) => {
        const headers = {};
        for (const h of opts.header ?? []) {
            const eq = h.indexOf('=');
            if (eq <= 0)
                throw new CliError(`--header expects k=v, got '${h}'`);
            headers[h.slice(0, eq)] = h.slice(eq + 1);
        }
        const properties = {};
        if (opts.persistent)
            properties.delivery_mode = 2;
        if (Object.keys(headers).length > 0)
            properties.headers = headers;
        const ex = exchange === '' ? 'amq.default' : exchange;
        const r = await api.request('POST', api.path('exchanges', ex, '/publish'), { properties, routing_key: routingKey, payload, payload_encoding: 'string' }, `no such exchange '${exchange}' in vhost '${opts.vhost}'`);
        if (opts.json)
            printJson(r);
        else
            console.log(r?.routed ? 'routed' : 'not routed');
        return r?.routed ? 0 : 2;
    });
}
//# sourceMappingURL=publish.js.map