import { printJson, run, table, yesNo } from './common.js';
/** `{a: 1}` as `a=1`; objects and arrays as compact JSON. */
export function argsText(args) {
    if (!args || typeof args !== 'object')
        return '';
    return Object.entries(args)
        .map(([k, v]) => `${k}=${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
        .join(' ');
}
export function exchangesCommand(opts) {
    return run(opts, async (api) => {
        const list = (await api.get(api.path('exchanges'), `no such vhost '${opts.vhost}'`));
        list.sort((a, b) => String(a.name).localeCompare(String(b.name)));
        if (opts.json)
            return printJson(list);
        const rows = list.map((x) => [
            x.name === '' ? '(AMQP default)' : String(x.name),
            String(x.type),
            yesNo(x.durable),
            yesNo(x.auto_delete),
            yesNo(x.internal),
            argsText(x.arguments),
        ]);
        console.log(table(['name', 'type', 'durable', 'auto_delete', 'internal', 'arguments'], rows));
    });
}
//# sourceMappingURL=exchanges.js.map