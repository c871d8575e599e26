// `wharf definitions export|import`: the broker's topology (exchanges, queues,
// bindings) in RabbitMQ's definitions format, through GET/POST /api/definitions.
import { readFile, writeFile } from 'node:fs/promises';
import { CliError } from '../api-client.js';
import { printJson, run } from './common.js';
const count = (doc, key) => (Array.isArray(doc?.[key]) ? doc[key].length : 0);
function summary(doc) {
    return {
        exchanges: count(doc, 'exchanges'),
        queues: count(doc, 'queues'),
        bindings: count(doc, 'bindings'),
    };
}
const summaryText = (s) => `${s.exchanges} exchange(s), ${s.queues} queue(s), ${s.bindings} binding(s)`;
/**
 * Whole broker by default (RabbitMQ's `rabbitmqctl export_definitions` document); with
 * --vhost, that vhost's document (no vhost fields, users or vhosts). To stdout, or to
 * --file with a one-line summary on stdout. --without-shovels drops the shovel parameters
 * (for a RabbitMQ that should take the topology, not run Wharf's shovels).
 */
export function definitionsExportCommand(opts) {
    return run(opts, async (api) => {
        const path = opts.vhostGiven ? api.path('definitions') : '/api/definitions';
        const doc = (await api.get(path, `no such vhost '${opts.vhost}'`));
        if (opts.withoutShovels && Array.isArray(doc.parameters))
            doc.parameters = doc.parameters.filter((p) => p?.component !== 'shovel');
        const text = `${JSON.stringify(doc, null, 2)}\n`;
        if (opts.file === undefined || opts.file === '-') {
            process.stdout.write(text);
            return;
        }
        try {
            await writeFile(opts.file, text);
        }
        catch (err) {
            throw new CliError(`cannot write ${opts.file}: ${err.message}`);
        }
        const s = summary(doc);
        if (opts.json)
            printJson({ file: opts.file, ...s });
        else
            console.log(`exported ${summaryText(s)} to ${opts.file}`);
    });
}
async function readInput(file) {
    if (file !== '-') {
        try {
            return await readFile(file, 'utf8');
        }
        catch (err) {
            throw new CliError(`cannot read ${file}: ${err.message}`);
        }
    }
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** True when some exchange, queue or binding names its vhost (a whole-broker document). */
function namesVhosts(doc) {
    return ['exchanges', 'queues', 'bindings'].some((k) => Array.isArray(doc[k]) && doc[k].some((x) => x && typeof x === 'object' && 'vhost' in x));
}
/**
 * Imports a definitions document in one request: the broker validates all of it before
 * changing anything, which splitting it into chunks (for a progress bar) would give up.
 * A document whose items name their vhosts goes to POST /api/definitions; one without
 * (a per-vhost export), or any document when --vhost is given, to /api/definitions/{vhost}.
 */
export function definitionsImportCommand(file, opts) {
    return run(opts, async (api) => {
        const text = await readInput(file);
        let doc;
        try {
            doc = JSON.parse(text);
        }
        catch (err) {
            throw new CliError(`${file === '-' ? 'stdin' : file} is not JSON: ${err.message}`);
        }
        if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
            throw new CliError(`${file === '-' ? 'stdin' : file} is not a definitions document (a JSON object)`);
        }
        const perVhost = opts.vhostGiven || !namesVhosts(doc);
        const path = perVhost ? api.path('definitions') : '/api/definitions';
        await api.request('POST', path, doc, `no such vhost '${opts.vhost}'`);
        const s = summary(doc);
        if (opts.json)
            printJson({ imported: true, ...s });
        else
            console.log(`imported ${summaryText(s)}`);
    });
}
//# sourceMappingURL=definitions.js.map