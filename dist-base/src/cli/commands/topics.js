import { configsToSpec, describeTopicConfigs, incrementalConfigs } from '../../kafka/topic-configs.js';
import { CliError } from '../api-client.js';
import { printJson, run, table } from './common.js';
const noSuchTopic = (name, vhost) => `no such topic '${name}' in vhost '${vhost}'`;
/** Collects repeated `--config k=v`. */
export function collectConfig(value, prev = []) {
    if (!/^[^=]+=/.test(value))
        throw new CliError(`--config wants name=value, not '${value}'`);
    return [...prev, value];
}
function pairs(list) {
    return (list ?? []).map((kv) => {
        const i = kv.indexOf('=');
        return { name: kv.slice(0, i), value: kv.slice(i + 1) };
    });
}
/** A StreamConfigChange as PUT /api/streams takes it (null removes a setting). */
function changeBody(c) {
    const body = {};
    if (c.maxAgeMs !== undefined)
        body.max_age_ms = c.maxAgeMs;
    if (c.maxBytes !== undefined)
        body.max_length_bytes = c.maxBytes;
    if (c.segmentSize !== undefined)
        body.segment_size_bytes = c.segmentSize;
    if (c.arguments !== undefined)
        body.arguments = c.arguments;
    return body;
}
function configError(err) {
    throw new CliError(err.message);
}
async function stream(api, name) {
    return api.get(api.path('streams', name), noSuchTopic(name, api.opts.vhost));
}
export function topicsListCommand(opts) {
    return run(opts, async (api) => {
        const list = (await api.get(api.path('streams'), `no such vhost '${opts.vhost}'`));
        if (opts.json)
            return printJson(list);
        const rows = list.map((s) => {
            const cfg = Object.fromEntries(describeTopicConfigs(s.arguments ?? {}, undefined).map((c) => [c.name, c.value]));
            return [
                String(s.name),
                String(s.partitions),
                String(s.messages),
                String(s.message_bytes),
                cfg['retention.ms'],
                cfg['retention.bytes'],
            ];
        });
        console.log(table(['name', 'partitions', 'messages', 'bytes', 'retention.ms', 'retention.bytes'], rows, [1, 2, 3, 4, 5]));
    });
}
export function topicDescribeCommand(name, opts) {
    return run(opts, async (api) => {
        const s = await stream(api, name);
        if (opts.json)
            return printJson(s);
        console.log(`topic ${s.name}: ${s.partitions} partition(s), ${s.messages} messages, ${s.message_bytes} bytes`);
        const configs = describeTopicConfigs(s.arguments ?? {}, undefined);
        console.log(`configs: ${configs.map((c) => `${c.name}=${c.value}${c.isDefault ? '' : ' (set)'}`).join(', ')}`);
        const rows = s.partition_details.map((p) => [
            String(p.partition),
            String(p.queue),
            String(p.first_offset),
            String(p.high_watermark),
            String(p.messages),
            String(p.message_bytes),
            String(p.consumers),
        ]);
        console.log(table(['partition', 'stream queue', 'log start', 'log end', 'messages', 'bytes', 'amqp consumers'], rows, [0, 2, 3, 4, 5, 6]));
    });
}
export function topicCreateCommand(name, opts) {
    return run(opts, async (api) => {
        let spec;
        try {
            spec = configsToSpec(pairs(opts.config));
        }
        catch (err) {
            configError(err);
        }
        const { status } = await api.send('GET', api.path('streams', name));
        if (status === 200)
            throw new CliError(`topic '${name}' already exists in vhost '${opts.vhost}'`);
        const body = {
            partitions: opts.partitions ?? 1,
            ...changeBody({
                maxAgeMs: spec.maxAgeMs,
                maxBytes: spec.maxBytes,
                segmentSize: spec.segmentSize,
                arguments: spec.arguments,
            }),
        };
        await api.request('PUT', api.path('streams', name), body, `no such vhost '${opts.vhost}'`);
        if (opts.json)
            return printJson(await stream(api, name));
        console.log(`created topic ${name} with ${body.partitions} partition(s)`);
    });
}
export function topicAlterCommand(name, opts) {
    return run(opts, async (api) => {
        let change;
        try {
            change = incrementalConfigs([
                ...pairs(opts.config).map((p) => ({ ...p, configOperation: 0 })),
                ...(opts.deleteConfig ?? []).map((n) => ({ name: n, value: null, configOperation: 1 })),
            ]);
        }
        catch (err) {
            configError(err);
        }
        const body = changeBody(change);
        if (opts.partitions !== undefined)
            body.partitions = opts.partitions;
        if (Object.keys(body).length === 0)
            throw new CliError('nothing to alter: give --partitions, --config or --delete-config');
        await stream(api, name);
        await api.request('PUT', api.path('streams', name), body, noSuchTopic(name, opts.vhost));
        if (opts.json)
            return printJson(await stream(api, name));
        console.log(`altered topic ${name}`);
    });
}
export function topicDeleteCommand(name, opts) {
    return run(opts, async (api) => {
        await api.request('DELETE', api.path('streams', name), undefined, noSuchTopic(name, opts.vhost));
        if (opts.json)
            return printJson({ deleted: name });
        console.log(`deleted topic ${name}`);
    });
}
//# sourceMappingURL=topics.js.map