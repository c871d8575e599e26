// Harness side of the client workers: start them, wait until every client is
// connected and set up, release them together ("go"), then collect results. Setup
// time (thread start, connect, declare) is therefore never in the measured window.
import { Worker } from 'node:worker_threads';
import { readCpuSeconds } from './proc.js';
const WORKER = new URL('./client-worker.js', import.meta.url);
const now = () => Number(process.hrtime.bigint());
export async function runClients(specs, o) {
    const counter = new SharedArrayBuffer(4);
    const shared = new Int32Array(counter);
    const workers = specs.map((spec) => new Worker(WORKER, { workerData: { spec, counter } }));
    const results = [];
    const ready = [];
    let targetNs = Number.NaN;
    let goNs = 0;
    let timedOut = false;
    let cpu0 = Number.NaN;
    let cpu1 = Number.NaN;
    let fail = () => { };
    const failed = new Promise((_, rej) => (fail = rej));
    failed.catch(() => { });
    let allReady = () => { };
    const readyP = new Promise((r) => (allReady = r));
    let allDone = () => { };
    const doneP = new Promise((r) => (allDone = r));
    let targetHit = () => { };
    const targetP = new Promise((r) => (targetHit = r));
    const consumers = workers.filter((_, i) => specs[i].role === 'consume');
    const publishers = workers.filter((_, i) => specs[i].role === 'publish');
    let publishersDone = 0;
    workers.forEach((w, i) => {
        w.on('message', (m) => {
            if (m.type === 'ready') {
                ready.push(m);
                if (ready.length === workers.length)
                    allReady();
            }
            else if (m.type === 'target') {
                targetNs = m.atNs;
                targetHit();
            }
            else if (m.type === 'done') {
                results.push(m.result);
                if (m.result.role === 'publish' && ++publishersDone === publishers.length && !o.consumeTarget)
                    targetHit();
                if (results.length === workers.length)
                    allDone();
            }
            else if (m.type === 'fail') {
                fail(new Error(`${specs[i].role} client: ${m.error}`));
            }
        });
        w.on('error', (e) => fail(e));
        w.on('exit', (code) => {
            if (code !== 0)
                fail(new Error(`${specs[i].role} worker exited with ${code}`));
        });
    });
    try {
        // Setup is bounded too: a broker that never answers a declare must not hang us.
        await race(Promise.race([readyP, failed]), 120_000, 'clients not ready after 120 s');
        await o.beforeGo?.(ready);
        cpu0 = readCpuSeconds(o.brokerPid);
        goNs = now();
        for (const w of workers)
            w.postMessage({ type: 'go' });
        const cutoff = new Promise((r) => setTimeout(r, o.maxMs).unref());
        if (o.holdMs !== undefined) {
            await Promise.race([new Promise((r) => setTimeout(r, o.holdMs)), failed]);
            await o.whileHeld?.();
        }
        else if (consumers.length) {
            // Stop consumers when the target is reached, or at the cut-off.
            const winner = await Promise.race([targetP.then(() => 'target'), cutoff.then(() => 'cutoff'), failed]);
            if (winner === 'cutoff')
                timedOut = true;
        }
        for (const w of consumers)
            w.postMessage({ type: 'stop' });
        if (o.holdMs !== undefined)
            for (const w of workers)
                w.postMessage({ type: 'stop' });
        // Publishers stop issuing at their own maxMs; allow time for confirms to return.
        await race(Promise.race([doneP, failed]), o.maxMs + 60_000, 'clients did not finish in time');
        cpu1 = readCpuSeconds(o.brokerPid);
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    return {
        goNs,
        targetNs,
        consumed: Atomics.load(shared, 0),
        results,
        timedOut,
        ready,
        brokerCpuSec: cpu1 - cpu0,
    };
}
async function race(p, ms, msg) {
    let t;
    try {
        return await Promise.race([
            p,
            new Promise((_, rej) => (t = setTimeout(() => rej(new Error(msg)), ms))),
        ]);
    }
    finally {
        clearTimeout(t);
    }
}
/** Aggregate publish rate: all confirmed messages over the span from go to the last finish. */
/** Broker CPU µs per message moved, over the measured window (NaN when the broker's pid is unknown). */
export function brokerCpuPerMessage(run, messages) {
    return messages > 0 ? (run.brokerCpuSec * 1e6) / messages : Number.NaN;
}
/** Messages the publishers of a run had confirmed (or sent, without confirms). */
export function published(run) {
    return run.results.reduce((a, r) => a + (r.role === 'publish' ? r.count : 0), 0);
}
export function publishRate(run) {
    const pubs = run.results.filter((r) => r.role === 'publish');
    const n = pubs.reduce((a, r) => a + r.count, 0);
    const end = Math.max(...pubs.map((r) => r.endNs));
    return n / ((end - run.goNs) / 1e9);
}
/** Aggregate consume rate: messages acked over go..target (or go..last ack on cut-off). */
export function consumeRate(run) {
    const cons = run.results.filter((r) => r.role === 'consume');
    const end = Number.isFinite(run.targetNs) ? run.targetNs : Math.max(...cons.map((r) => r.endNs));
    return run.consumed / ((end - run.goNs) / 1e9);
}
/** All latency samples of one role merged. */
export function latencies(run, role) {
    const parts = run.results.filter((r) => r.role === role && r.latencies).map((r) => r.latencies);
    const out = new Float64Array(parts.reduce((a, p) => a + p.length, 0));
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
//# sourceMappingURL=clients.js.map