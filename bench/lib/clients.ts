// Harness side of the client workers: start them, wait until every client is
// connected and set up, release them together ("go"), then collect results. Setup
// time (thread start, connect, declare) is therefore never in the measured window.
import { Worker } from 'node:worker_threads';
import type { ClientResult, ClientSpec, FromWorker } from './client-spec.js';
import { readCpuSeconds } from './proc.js';

const WORKER = new URL('./client-worker.js', import.meta.url);
const now = () => Number(process.hrtime.bigint());

export interface Run {
  goNs: number;
  /** when the consumers' shared counter reached the target (NaN if never). */
  targetNs: number;
  /** messages counted by all consumers together. */
  consumed: number;
  results: ClientResult[];
  timedOut: boolean;
  ready: FromWorker[];
  /** CPU seconds the broker process used from go to the end of the run (NaN: no pid) */
  brokerCpuSec: number;
  /**
   * CPU seconds this process (the client worker threads and the harness, which idles while they run)
   * used over the same window: with it a row shows whether the clients, not the broker, held the rate.
   */
  clientCpuSec: number;
}

export interface RunOptions {
  /** consumers stop when together they have acked this many (0: when publishers finish). */
  consumeTarget?: number;
  /** whole run (after go) is cut off after this long; the partial figures are kept. */
  maxMs: number;
  /** for idle clients: hold this long after go, then stop. */
  holdMs?: number;
  /** called after every client is ready, before go (e.g. to sample memory). */
  beforeGo?: (ready: FromWorker[]) => Promise<void> | void;
  /** called while idle clients are held (after go). */
  whileHeld?: () => Promise<void>;
  /** the broker's process, whose CPU time over the measured window the run reports */
  brokerPid?: number;
}

export async function runClients(specs: ClientSpec[], o: RunOptions): Promise<Run> {
  const counter = new SharedArrayBuffer(4);
  const shared = new Int32Array(counter);
  const workers = specs.map((spec) => new Worker(WORKER, { workerData: { spec, counter } }));
  const results: ClientResult[] = [];
  const ready: FromWorker[] = [];
  let targetNs = Number.NaN;
  let goNs = 0;
  let timedOut = false;
  let cpu0 = Number.NaN;
  let cpu1 = Number.NaN;
  let clientCpu0 = 0;
  let clientCpu1 = 0;

  let fail: (e: Error) => void = () => {};
  const failed = new Promise<never>((_, rej) => (fail = rej));
  failed.catch(() => {});
  let allReady: () => void = () => {};
  const readyP = new Promise<void>((r) => (allReady = r));
  let allDone: () => void = () => {};
  const doneP = new Promise<void>((r) => (allDone = r));
  let targetHit: () => void = () => {};
  const targetP = new Promise<void>((r) => (targetHit = r));

  const consumers = workers.filter((_, i) => specs[i].role === 'consume');
  const publishers = workers.filter((_, i) => specs[i].role === 'publish');
  let publishersDone = 0;

  workers.forEach((w, i) => {
    w.on('message', (m: FromWorker) => {
      if (m.type === 'ready') {
        ready.push(m);
        if (ready.length === workers.length) allReady();
      } else if (m.type === 'target') {
        targetNs = m.atNs;
        targetHit();
      } else if (m.type === 'done') {
        results.push(m.result);
        if (m.result.role === 'publish' && ++publishersDone === publishers.length && !o.consumeTarget)
          targetHit();
        if (results.length === workers.length) allDone();
      } else if (m.type === 'fail') {
        fail(new Error(`${specs[i].role} client: ${m.error}`));
      }
    });
    w.on('error', (e) => fail(e));
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`${specs[i].role} worker exited with ${code}`));
    });
  });

  try {
    // Setup is bounded too: a broker that never answers a declare must not hang us.
    await race(Promise.race([readyP, failed]), 120_000, 'clients not ready after 120 s');
    await o.beforeGo?.(ready);
    cpu0 = readCpuSeconds(o.brokerPid);
    clientCpu0 = ownCpuSeconds();
    goNs = now();
    for (const w of workers) w.postMessage({ type: 'go' });

    const cutoff = new Promise<void>((r) => setTimeout(r, o.maxMs).unref());
    if (o.holdMs !== undefined) {
      await Promise.race([new Promise((r) => setTimeout(r, o.holdMs)), failed]);
      await o.whileHeld?.();
    } else if (consumers.length) {
      // Stop consumers when the target is reached, or at the cut-off.
      const winner = await Promise.race([targetP.then(() => 'target'), cutoff.then(() => 'cutoff'), failed]);
      if (winner === 'cutoff') timedOut = true;
    }
    for (const w of consumers) w.postMessage({ type: 'stop' });
    if (o.holdMs !== undefined) for (const w of workers) w.postMessage({ type: 'stop' });
    // Publishers stop issuing at their own maxMs; allow time for confirms to return.
    await race(Promise.race([doneP, failed]), o.maxMs + 60_000, 'clients did not finish in time');
    cpu1 = readCpuSeconds(o.brokerPid);
    clientCpu1 = ownCpuSeconds();
  } finally {
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
    clientCpuSec: clientCpu1 - clientCpu0,
  };
}

/** User + system CPU seconds of this process, every thread included. */
function ownCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

async function race<T>(p: Promise<T>, ms: number, msg: string): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, rej) => (t = setTimeout(() => rej(new Error(msg)), ms))),
    ]);
  } finally {
    clearTimeout(t);
  }
}

/** Broker CPU µs per message moved, over the measured window (NaN when the broker's pid is unknown). */
export function brokerCpuPerMessage(run: Run, messages: number): number {
  return messages > 0 ? (run.brokerCpuSec * 1e6) / messages : Number.NaN;
}

/** Broker and client CPU µs per message moved over the measured window, keyed as the report names them. */
export function cpuPerMessage(run: Run, messages: number): Record<string, number> {
  return {
    'broker µs/msg': brokerCpuPerMessage(run, messages),
    'client µs/msg': messages > 0 ? (run.clientCpuSec * 1e6) / messages : Number.NaN,
  };
}

/** Messages the publishers of a run had confirmed (or sent, without confirms). */
export function published(run: Run): number {
  return run.results.reduce((a, r) => a + (r.role === 'publish' ? r.count : 0), 0);
}

/** Aggregate publish rate: all confirmed messages over the span from go to the last finish. */
export function publishRate(run: Run): number {
  const pubs = run.results.filter((r) => r.role === 'publish');
  const n = pubs.reduce((a, r) => a + r.count, 0);
  const end = Math.max(...pubs.map((r) => r.endNs));
  return n / ((end - run.goNs) / 1e9);
}

/** Aggregate consume rate: messages acked over go..target (or go..last ack on cut-off). */
export function consumeRate(run: Run): number {
  const cons = run.results.filter((r) => r.role === 'consume');
  const end = Number.isFinite(run.targetNs) ? run.targetNs : Math.max(...cons.map((r) => r.endNs));
  return run.consumed / ((end - run.goNs) / 1e9);
}

/** All latency samples of one role merged. */
export function latencies(run: Run, role: 'publish' | 'consume'): Float64Array {
  const parts = run.results.filter((r) => r.role === role && r.latencies).map((r) => r.latencies!);
  const out = new Float64Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
