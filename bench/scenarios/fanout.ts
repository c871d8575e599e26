// (5) fanout to 10 durable queues (persistent, confirms: one publish = 10 durable
// writes), and transient publish without confirms to a non-durable queue.
import { cpuPerMessage, published, publishRate, runClients } from '../lib/clients.js';
import { publishSpec } from './publish.js';
import { brokerCpu, type Case, cleanup, msgPerSec } from './types.js';

const fanout: Case = {
  scenario: 'fanout',
  variant: 'to 10 durable queues, persistent, confirms (window 1000), 1 KiB, 1 publisher',
  metrics: [msgPerSec, brokerCpu],
  async run(t, ctx) {
    const admin = ctx.admin(t);
    const queues: string[] = [];
    let x: string | undefined;
    try {
      x = await admin.declareFanout('fan');
      for (let i = 0; i < 10; i++) {
        const q = await admin.declareQueue('fanq');
        queues.push(q);
        await admin.bind(q, x);
      }
      const spec = { ...publishSpec(t, '', ctx.messages(20_000, 2_000), 1024, ctx.maxMs), exchange: x };
      const run = await runClients([spec], { maxMs: ctx.maxMs, brokerPid: t.pid() });
      return { 'msg/s': publishRate(run), ...cpuPerMessage(run, published(run)) };
    } finally {
      await cleanup(admin, queues, x);
    }
  },
};

const transient: Case = {
  scenario: 'transient',
  variant: 'non-persistent, no confirms, non-durable queue, 1 KiB, 1 publisher',
  metrics: [msgPerSec, brokerCpu],
  // quorum queues cannot be non-durable: the case means nothing there
  appliesTo: (t) => t.allowsTransientQueue,
  async run(t, ctx) {
    const admin = ctx.admin(t);
    const q = await admin.declareQueue('tr', { durable: false });
    try {
      const spec = {
        ...publishSpec(t, q, ctx.messages(100_000, 10_000), 1024, ctx.maxMs),
        persistent: false,
        window: 0,
        syncQueue: q,
      };
      const run = await runClients([spec], { maxMs: ctx.maxMs, brokerPid: t.pid() });
      return { 'msg/s': publishRate(run), ...cpuPerMessage(run, published(run)) };
    } finally {
      await cleanup(admin, [q]);
    }
  },
};

export const fanoutCases: Case[] = [fanout];
export const transientCases: Case[] = [transient];
