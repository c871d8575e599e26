// Benchmark harness entry: `npm run bench -- [flags]` (see --help). Starts its own
// Wharf, adds RabbitMQ on 127.0.0.1:5672 when it answers, runs the same client
// workload against every target, alternating them round by round, and reports
// medians, ratios and machine-limit fractions. Not part of the test suite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions, scaleOf, USAGE } from './lib/args.js';
import { type Limits, machineInfo, measureLimits } from './lib/machine.js';
import { findPid, RssSampler } from './lib/proc.js';
import { progress } from './lib/progress.js';
import { aggregate, fractions, fractionTable, type Sample, table } from './lib/report.js';
import { fmt } from './lib/stats.js';
import { Admin, cleanupAll, probe, type Target } from './lib/targets.js';
import { WharfProcess } from './lib/wharf.js';
import { DEFAULT_FRONT_BENCHES, DEFAULT_SCENARIOS, SCENARIOS } from './scenarios/index.js';
import { FRONT_BENCHES, type FrontBenchResult } from './fronts/index.js';
import { type Case, type Ctx, withBrokerCores } from './scenarios/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<number> {
  let opts: ReturnType<typeof parseOptions>;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const names = opts.scenarios ?? [...DEFAULT_SCENARIOS, ...DEFAULT_FRONT_BENCHES];
  const unknown = names.filter((n) => !SCENARIOS[n] && !FRONT_BENCHES[n]);
  if (unknown.length) {
    const known = [...Object.keys(SCENARIOS), ...Object.keys(FRONT_BENCHES)];
    console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${known.join(', ')}`);
    return 2;
  }
  // Cases are built from the options so heavy ones can name their scale in the variant.
  const cases: Case[] = names.filter((n) => SCENARIOS[n]).flatMap((n) => SCENARIOS[n](opts));
  const fronts = names.filter((n) => FRONT_BENCHES[n]);
  const startedAt = new Date();
  const machine = machineInfo(); // load average before we add any load

  const wharf = new WharfProcess();
  const admins = new Map<string, Admin>();
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    progress('interrupted: deleting benchmark queues and stopping Wharf (Ctrl-C again to force)');
    void shutdown().finally(() => process.exit(130));
  };
  const shutdown = async () => {
    for (const a of admins.values()) await a.close();
    const left = await cleanupAll();
    if (left.length) progress(`cleanup failures: ${left.join('; ')}`);
    await wharf.dispose();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    progress(`starting Wharf (data dir ${wharf.dataDir})`);
    await wharf.start();
    progress(`Wharf ${wharf.version} ready on port ${wharf.amqpPort} (pid ${wharf.pid})`);
    const targets: Target[] = [
      {
        id: 'wharf',
        label: 'wharf',
        url: wharf.url,
        broker: 'wharf',
        durableArgs: {},
        allowsTransientQueue: true,
        pid: () => wharf.pid,
        version: `Wharf ${wharf.version}`,
      },
    ];
    if (opts.rabbit) {
      const props = await probe(opts.rabbitUrl);
      if (props) {
        const version = `${props.product ?? 'RabbitMQ'} ${props.version ?? '?'}`;
        const pid = () => findPid('beam.smp');
        progress(
          `${version} answers at ${opts.rabbitUrl.replace(/\/\/[^@]*@/, '//')} (beam.smp pid ${pid() ?? '?'})`,
        );
        const base = { url: opts.rabbitUrl, broker: 'rabbit' as const, pid, version };
        targets.push(
          {
            ...base,
            id: 'rabbit-classic',
            label: 'rabbit classic',
            durableArgs: { 'x-queue-type': 'classic' },
            allowsTransientQueue: true,
          },
          {
            ...base,
            id: 'rabbit-quorum',
            label: 'rabbit quorum',
            durableArgs: { 'x-queue-type': 'quorum' },
            allowsTransientQueue: false,
          },
        );
      } else {
        progress(`no RabbitMQ at ${opts.rabbitUrl.replace(/\/\/[^@]*@/, '//')}: Wharf only`);
      }
    }
    for (const [i, url] of opts.urls.entries()) {
      const props = await probe(url);
      if (!props) {
        progress(`${url}: does not answer, skipped`);
        continue;
      }
      targets.push({
        id: `url${i + 1}`,
        label: `url${i + 1}`,
        url,
        broker: 'other',
        durableArgs: {},
        allowsTransientQueue: true,
        pid: () => opts.urlPids[i],
        version: `${props.product ?? '?'} ${props.version ?? '?'}`,
      });
    }

    let limits: Limits | undefined;
    if (opts.limits) limits = await measureLimits(progress);

    const ctx: Ctx = {
      opts,
      wharf,
      admin(t) {
        let a = admins.get(t.id);
        if (!a) admins.set(t.id, (a = new Admin(t)));
        return a;
      },
      messages: (normal, quick) => opts.messages ?? (opts.quick ? quick : normal),
      maxMs: opts.maxSeconds * 1000,
      scale: (name, normal) => scaleOf(opts, name, normal),
      log: progress,
    };

    const samples: Sample[] = [];
    for (const c of cases) {
      const warm = !opts.quick && !c.heavy;
      const rounds = c.heavy ? 1 : opts.rounds;
      const mine = targets.filter((t) => c.appliesTo?.(t) ?? true);
      // Round-major order alternates brokers (wharf, classic, quorum, wharf, ...) so
      // drift over time (page cache, other load, thermal) hits every target alike.
      for (let round = warm ? 0 : 1; round <= rounds; round++) {
        for (const t of mine) {
          if (interrupted) return 130;
          const label = `${c.scenario} | ${c.variant} | ${t.label} | ${round === 0 ? 'warm-up' : `round ${round}/${rounds}`}`;
          const rss = new RssSampler(t.pid());
          const t0 = performance.now();
          const s: Sample = {
            scenario: c.scenario,
            variant: c.variant,
            target: t.id,
            round,
            warmup: round === 0,
            values: {},
            brokerRssPeakMiB: Number.NaN,
            seconds: 0,
          };
          try {
            s.values = withBrokerCores(await c.run(t, ctx));
            progress(
              `${label}: ${Object.entries(s.values)
                .map(([k, v]) => `${fmt(v)} ${k}`)
                .join(', ')}`,
            );
          } catch (e) {
            s.error = (e as Error).message;
            progress(`${label}: ERROR ${s.error}`);
          }
          s.seconds = (performance.now() - t0) / 1000;
          s.brokerRssPeakMiB = rss.stop().peakKb / 1024;
          samples.push(s);
        }
      }
    }

    // the other fronts, each against its own reference server, on the same Wharf
    const frontResults: Record<string, FrontBenchResult | { error: string }> = {};
    for (const name of fronts) {
      if (interrupted) return 130;
      const bench = FRONT_BENCHES[name];
      const missing = bench.missing();
      if (missing !== undefined) {
        progress(`${name}: skipped, ${missing}`);
        frontResults[name] = { error: `skipped: ${missing}` };
        continue;
      }
      try {
        frontResults[name] = await bench.run({
          opts,
          wharf,
          messages: (normal, quick) => opts.messages ?? (opts.quick ? quick : normal),
          log: progress,
        });
      } catch (e) {
        progress(`${name}: ERROR ${(e as Error).message}`);
        frontResults[name] = { error: (e as Error).message };
      }
    }

    const rows = aggregate(cases, targets, samples);
    const fr = fractions(rows, limits, targets);
    const out: string[] = [];
    out.push(
      `Wharf ${wharf.version} vs ${
        targets
          .filter((t) => t.broker !== 'wharf')
          .map((t) => `${t.label} (${t.version})`)
          .join(', ') || 'nothing else'
      }`,
      `${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memTotalMiB} MiB RAM, Node ${machine.node}, load average at start ${machine.loadavg.join(' ')}, ${startedAt.toISOString()}`,
      `medians of ${opts.rounds} round(s)${opts.quick ? ' (quick)' : ' after 1 warm-up round'}; heavy scenarios run once; ↑ higher is better, ↓ lower is better`,
    );
    if (cases.length > 0) out.push('', table(rows, targets));
    for (const [name, r] of Object.entries(frontResults)) {
      out.push('', `${name}: ${'error' in r ? r.error : r.header}`);
      if (!('error' in r)) out.push('', r.table);
    }
    if (limits) {
      out.push(
        '',
        `machine limits: sequential write ${fmt(limits.seqWriteMBs)} MB/s, fdatasync ${fmt(limits.fdatasyncPerSec)}/s (4 KiB appends; p50 ${fmt(limits.fdatasyncP50Ms)} ms, through Node's thread pool ${fmt(limits.nodeFdatasyncP50Ms)} ms), loopback TCP ${fmt(limits.loopbackTcpMBs)} MB/s; a minimal Node server's synced round trip p50 ${fmt(limits.syncedRoundTripP50Ms)} ms; a minimal durable relay's CPU ${fmt(limits.relayUsPerMessage)} µs/msg (kernel ${fmt(limits.relayKernelUsPerMessage)})`,
        '',
        fractionTable(fr),
      );
    }
    if (wharf.problems.length) {
      out.push(
        '',
        `Wharf logged ${wharf.problems.length} warning/error line(s); first: ${wharf.problems
          .slice(0, 3)
          .map((p) => p.msg)
          .join(' | ')}`,
      );
    }
    console.log(out.join('\n'));

    const file =
      opts.out ?? join(ROOT, 'bench', 'results', `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          startedAt: startedAt.toISOString(),
          finishedAt: new Date().toISOString(),
          command: `node dist/bench/run.js ${process.argv.slice(2).join(' ')}`.trim(),
          options: opts,
          machine: { ...machine, loadavgAtEnd: machineInfoLoad() },
          limits,
          targets: targets.map((t) => ({
            id: t.id,
            label: t.label,
            broker: t.broker,
            version: t.version,
            durableArgs: t.durableArgs,
          })),
          rows: rows.map((r) => ({ ...r, metric: r.metric })),
          fractions: fr,
          fronts: frontResults,
          samples,
          wharfProblems: wharf.problems,
        },
        null,
        1,
      )}\n`,
    );
    progress(`results written to ${file}`);
    return 0;
  } finally {
    await shutdown();
  }
}

function machineInfoLoad(): number[] {
  return machineInfo().loadavg;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
