// Shared pieces of the operator commands: the connection options every command takes,
// running an action with the CLI's error handling, and plain-text tables.
import { InvalidArgumentError } from 'commander';
import { ApiClient, CliError, EXIT } from '../api-client.js';
export function withApiOptions(cmd) {
    return cmd
        .option('--url <url>', 'management API base URL', 'http://127.0.0.1:15672')
        .option('--user <user>', 'user name', 'guest')
        .option('--password <password>', 'password', 'guest')
        .option('--vhost <vhost>', 'virtual host', '/')
        .option('--json', 'print the raw JSON answer');
}
/** --progress / --no-progress for the commands that may draw a progress bar. */
export function withProgressOptions(cmd) {
    return cmd
        .option('--progress', 'draw a progress bar on stderr even when it is not a terminal')
        .option('--no-progress', 'never draw a progress bar');
}
/**
 * SIGINT/SIGTERM handling for the long commands: the first signal asks the loop to
 * stop after the request in flight (its result is still reported), a second one exits
 * at once. `wait` sleeps, cut short by the signal.
 */
export class Interrupt {
    stopped = false;
    abort = new AbortController();
    onSignal = () => {
        if (this.stopped)
            process.exit(EXIT.INTERRUPTED);
        this.stopped = true;
        this.abort.abort();
    };
    constructor() {
        process.on('SIGINT', this.onSignal);
        process.on('SIGTERM', this.onSignal);
    }
    wait(ms) {
        if (this.stopped)
            return Promise.resolve();
        return new Promise((resolve) => {
            const done = () => {
                clearTimeout(timer);
                this.abort.signal.removeEventListener('abort', done);
                resolve();
            };
            const timer = setTimeout(done, ms);
            this.abort.signal.addEventListener('abort', done);
        });
    }
    dispose() {
        process.off('SIGINT', this.onSignal);
        process.off('SIGTERM', this.onSignal);
    }
}
/** Runs `fn` with a client for the options; prints errors as `wharf: ...` and sets the exit code. */
export async function run(opts, fn) {
    try {
        const code = await fn(new ApiClient(opts));
        process.exitCode = code ?? EXIT.OK;
    }
    catch (err) {
        if (err instanceof CliError) {
            console.error(`wharf: ${err.message}`);
            process.exitCode = err.exitCode;
        }
        else {
            console.error(`wharf: ${err.message}`);
            process.exitCode = EXIT.ERROR;
        }
    }
}
export function printJson(value) {
    console.log(JSON.stringify(value, null, 2));
}
/** One JSON document per line (JSON Lines), for streams of messages. */
export function printJsonLine(value) {
    process.stdout.write(`${JSON.stringify(value)}\n`);
}
export const yesNo = (v) => (v ? 'yes' : 'no');
/** Aligned plain-text table; columns listed in `right` are right-aligned. */
export function table(headers, rows, right = []) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (right.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(headers), ...rows.map(line)].join('\n');
}
export function rate(stats, name) {
    const r = stats?.[`${name}_details`]?.rate;
    return typeof r === 'number' ? r.toFixed(1) : '0.0';
}
/** Seconds as a short human age: 42s, 5m12s, 3h04m, 2d05h. */
export function age(seconds) {
    if (!seconds || seconds < 0)
        return '-';
    const s = Math.floor(seconds);
    if (s < 60)
        return `${s}s`;
    if (s < 3600)
        return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
    if (s < 86400)
        return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
    return `${Math.floor(s / 86400)}d${String(Math.floor((s % 86400) / 3600)).padStart(2, '0')}h`;
}
export function nonNegativeNumber(value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
        throw new InvalidArgumentError('not a non-negative number');
    }
    return n;
}
export function positiveInt(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new InvalidArgumentError('not a positive integer');
    return n;
}
export const noSuchQueue = (name, vhost) => `no such queue '${name}' in vhost '${vhost}'`;
//# sourceMappingURL=common.js.map