// `wharf shovel list|status|create|delete|restart`: dynamic shovels through the management
// API only, as RabbitMQ's: create is PUT /api/parameters/shovel/{vhost}/{name}, delete
// the DELETE of it, list and status read GET /api/shovels/{vhost}, restart is RabbitMQ's
// DELETE /api/shovels/vhost/{vhost}/{name}/restart. `create --wait` waits until the shovel
// runs, or for a one-shot shovel (--delete-after), until it moved everything and deleted
// itself, with a progress bar.
import { CliError, EXIT } from '../api-client.js';
import { Interrupt, printJson, run, table } from './common.js';
import { ProgressBar } from './progress.js';
const enc = encodeURIComponent;
const paramPath = (api, name) => `/api/parameters/shovel/${enc(api.opts.vhost)}/${enc(name)}`;
const noSuchShovel = (name, vhost) => `no such shovel '${name}' in vhost '${vhost}'`;
/** The shovel's definition (the parameter's value) from the options, RabbitMQ's key names. */
export function shovelValue(o) {
    const v = {
        'src-protocol': 'amqp091',
        'src-uri': o.srcUri,
        'dest-protocol': 'amqp091',
        'dest-uri': o.destUri,
    };
    const set = (key, value) => {
        if (value !== undefined)
            v[key] = value;
    };
    set('src-queue', o.srcQueue);
    set('src-exchange', o.srcExchange);
    set('src-exchange-key', o.srcExchangeKey);
    set('dest-queue', o.destQueue);
    set('dest-exchange', o.destExchange);
    set('dest-exchange-key', o.destExchangeKey);
    set('ack-mode', o.ackMode);
    if (o.deleteAfter !== undefined) {
        const n = Number(o.deleteAfter);
        v['src-delete-after'] = /^\d+$/.test(o.deleteAfter) ? n : o.deleteAfter;
    }
    set('src-prefetch-count', o.prefetch);
    set('reconnect-delay', o.reconnectDelay);
    set('x-max-messages-per-second', o.maxRate);
    if (o.addForwardHeaders)
        v['dest-add-forward-headers'] = true;
    if (o.addTimestampHeader)
        v['dest-add-timestamp-header'] = true;
    if (o.srcPredeclared)
        v['src-predeclared'] = true;
    if (o.destPredeclared)
        v['dest-predeclared'] = true;
    return v;
}
async function statuses(api) {
    return (await api.get(`/api/shovels/${enc(api.opts.vhost)}`, `no such vhost '${api.opts.vhost}'`));
}
const source = (s) => `${s.src_uri} ${s.src_queue !== undefined ? `queue ${s.src_queue}` : `exchange ${s.src_exchange}`}`;
const destination = (s) => `${s.dest_uri} ${s.dest_queue !== undefined ? `queue ${s.dest_queue}` : `exchange ${s.dest_exchange ?? '(as published)'}`}`;
export function shovelListCommand(opts) {
    return run(opts, async (api) => {
        const list = await statuses(api);
        if (opts.json)
            return printJson(list);
        if (list.length === 0) {
            console.log(`no shovels in vhost '${opts.vhost}'`);
            return;
        }
        const rows = list.map((s) => [
            String(s.name),
            String(s.state),
            source(s),
            destination(s),
            String(s.messages_moved ?? 0),
            String(s.duplicates_risked ?? 0),
            String(s.pending ?? 0),
            String(s.last_error ?? ''),
        ]);
        console.log(table(['name', 'state', 'source', 'destination', 'moved', 'risked', 'pending', 'last error'], rows, [4, 5, 6]));
    });
}
export function shovelStatusCommand(name, opts) {
    return run(opts, async (api) => {
        const s = (await statuses(api)).find((x) => x.name === name);
        if (!s)
            throw new CliError(noSuchShovel(name, opts.vhost));
        if (opts.json)
            return printJson(s);
        const lines = [
            ['name', s.name],
            ['vhost', s.vhost],
            ['state', s.state],
            ['reason', s.reason],
            ['since', s.timestamp],
            ['source', source(s)],
            ['destination', destination(s)],
            ['moved', s.messages_moved],
            ['forwarded', s.forwarded],
            ['duplicates risked', s.duplicates_risked],
            ['pending', s.pending],
            ['remaining', s.remaining],
            ['restarts', s.restarts],
            ['last error', s.last_error === null ? undefined : `${s.last_error} (${s.last_error_time})`],
        ];
        for (const [k, v] of lines)
            if (v !== undefined)
                console.log(`${`${k}:`.padEnd(19)}${String(v)}`);
    });
}
export function shovelCreateCommand(name, opts) {
    return run(opts, async (api) => {
        const value = shovelValue(opts);
        const { status, json, text } = await api.send('PUT', paramPath(api, name), { value });
        if (status === 404)
            throw new CliError(`no such vhost '${opts.vhost}'`);
        if (status >= 400) {
            const reason = json?.reason ?? text;
            throw new CliError(`shovel '${name}' refused: ${String(reason).trim()}`);
        }
        const what = status === 201 ? 'created' : 'updated';
        if (!opts.wait) {
            if (opts.json)
                printJson({ name, vhost: opts.vhost, result: what, value });
            else
                console.log(`shovel '${name}' ${what}`);
            return;
        }
        return waitFor(api, name, opts, value['src-delete-after']);
    });
}
/** Polls the status: until running (continuous), or until the one-shot shovel deleted itself. */
async function waitFor(api, name, opts, count) {
    const oneShot = count !== undefined;
    const interrupt = new Interrupt();
    let bar;
    let target;
    let lastError;
    try {
        while (!interrupt.stopped) {
            const s = (await statuses(api)).find((x) => x.name === name);
            if (!s) {
                const gone = (await api.send('GET', paramPath(api, name))).status === 404;
                if (gone && oneShot) {
                    bar?.finish();
                    // a numeric delete-after, or what the running shovel had to move (unknown if it
                    // finished between two looks)
                    const moved = typeof count === 'number' ? count : target;
                    if (opts.json)
                        printJson({ name, vhost: opts.vhost, result: 'completed', moved: moved ?? null });
                    else
                        console.log(`shovel '${name}' completed${moved === undefined ? '' : `: moved ${moved} message(s)`}`);
                    return EXIT.OK;
                }
                if (gone)
                    throw new CliError(`shovel '${name}' was deleted`);
            }
            else {
                if (s.last_error && s.last_error !== lastError) {
                    lastError = s.last_error;
                    bar?.clear();
                    console.error(`wharf: shovel '${name}': ${s.last_error}`);
                }
                if (s.state === 'running' && !oneShot) {
                    if (opts.json)
                        printJson(s);
                    else
                        console.log(`shovel '${name}' running: ${source(s)} -> ${destination(s)}`);
                    return EXIT.OK;
                }
                if (oneShot && s.state === 'running' && typeof s.remaining === 'number') {
                    target ??= Number(s.messages_moved) + s.remaining;
                    bar ??= ProgressBar.maybe(opts, target, 'moved');
                    bar?.update(s.messages_moved);
                }
            }
            await interrupt.wait(250);
        }
        bar?.finish();
        return EXIT.INTERRUPTED;
    }
    finally {
        interrupt.dispose();
    }
}
export function shovelDeleteCommand(name, opts) {
    return run(opts, async (api) => {
        await api.request('DELETE', paramPath(api, name), undefined, noSuchShovel(name, opts.vhost));
        if (opts.json)
            printJson({ name, vhost: opts.vhost, result: 'deleted' });
        else
            console.log(`shovel '${name}' deleted`);
    });
}
export function shovelRestartCommand(name, opts) {
    return run(opts, async (api) => {
        const path = `/api/shovels/vhost/${enc(opts.vhost)}/${enc(name)}/restart`;
        await api.request('DELETE', path, undefined, noSuchShovel(name, opts.vhost));
        if (opts.json)
            printJson({ name, vhost: opts.vhost, result: 'restarted' });
        else
            console.log(`shovel '${name}' restarted`);
    });
}
//# sourceMappingURL=shovel.js.map