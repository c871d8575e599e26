// `wharf consume`: takes messages from a queue and prints them one per line (or as JSON
// Lines), so the output pipes. It polls the management API's get (ackmode
// ack_requeue_false, in batches) rather than opening an AMQP consumer: the operator
// commands then need one URL and one set of credentials, work wherever the HTTP port is
// reachable, and hold no prefetched messages that an interrupted CLI would have to hand
// back. The cost is latency (an empty queue is polled every 250 ms), and that a message
// is removed as soon as the broker answers the request that took it.
import { CliError, EXIT } from '../api-client.js';
import { Interrupt, noSuchQueue, printJsonLine, run } from './common.js';
import { ProgressBar } from './progress.js';
const POLL_MS = 250;
const DEFAULT_BATCH = 100;
/** The payload on one line: CR and LF written as \r and \n (use --json to get it exactly). */
export function payloadLine(m) {
    return String(m.payload ?? '')
        .replace(/\r/g, '\\r')
        .replace(/\n/g, '\\n');
}
export function consumeCommand(queue, opts) {
    return run(opts, async (api) => {
        const limit = opts.count ?? Number.POSITIVE_INFINITY;
        const timeoutMs = opts.timeout === undefined ? Number.POSITIVE_INFINITY : opts.timeout * 1000;
        const deadline = Date.now() + timeoutMs;
        const batch = opts.batch ?? DEFAULT_BATCH;
        const ackmode = opts.requeue ? 'ack_requeue_true' : 'ack_requeue_false';
        const path = api.path('queues', queue, '/get');
        // the bar shares no terminal line with the messages unless asked to (--progress)
        const bar = opts.count === undefined ? undefined : ProgressBar.maybe(opts, opts.count, 'messages', false);
        const interrupt = new Interrupt();
        let received = 0;
        try {
            while (received < limit && !interrupt.stopped) {
                const n = Math.min(batch, limit - received);
                const msgs = (await api.request('POST', path, { count: n, ackmode, encoding: 'auto' }, noSuchQueue(queue, opts.vhost)));
                if (msgs.length > 0) {
                    if (process.stdout.isTTY)
                        bar?.clear(); // the messages go where the bar is
                    for (const m of msgs) {
                        if (opts.json)
                            printJsonLine(m);
                        else
                            process.stdout.write(`${payloadLine(m)}\n`);
                    }
                    received += msgs.length;
                    bar?.update(received);
                }
                // requeued messages would only come back on the next poll: one read is all
                if (opts.requeue && msgs.length > 0)
                    break;
                // a full batch: more may be waiting (--timeout 0 drains the queue without waiting)
                if (msgs.length === n && (opts.timeout === 0 || Date.now() < deadline))
                    continue;
                const left = deadline - Date.now();
                if (left <= 0)
                    break;
                await interrupt.wait(Math.min(POLL_MS, left));
            }
        }
        finally {
            interrupt.dispose();
            bar?.finish();
        }
        if (interrupt.stopped)
            return EXIT.INTERRUPTED;
        // --requeue reads once, so it falls short only when nothing came at all
        const short = opts.requeue ? received === 0 : opts.count !== undefined && received < opts.count;
        if (short) {
            const why = opts.timeout === 0 ? 'the queue is empty' : `timed out after ${opts.timeout}s`;
            const wanted = opts.count === undefined ? '' : ` of ${opts.count}`;
            throw new CliError(`${why}: got ${received}${wanted} message(s)`, EXIT.TIMEOUT);
        }
    });
}
//# sourceMappingURL=consume.js.map