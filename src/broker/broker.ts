// The engine's root object. A Broker owns everything it uses (vhosts, logs, the
// definitions log), so several can run in one process with their own data dirs.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AlertEvaluator, DEFAULT_ALERT_RULES } from './alerts.js';
import { type Log, MemoryLog, SegmentLog, StreamLog, type StreamLogOptions } from '../store/index.js';
import { type DefinitionRecord, DefinitionsLog } from './definitions.js';
import { BrokerError } from './errors.js';
import type { PropertiesFormat } from './message.js';
import { type UserConfig, Users } from './users.js';
import { type ResourceLimits, ResourceMonitor } from './resource-monitor.js';
import type { SessionInfo } from './session.js';
import { VHost } from './vhost.js';
import { CONFIRM_BUCKETS, FSYNC_BUCKETS, LatencyHistogram } from './latency-histogram.js';

export interface BrokerConfig {
  dataDir: string;
  format: PropertiesFormat;
  /** default: guest/guest, loopback only */
  users?: UserConfig[];
  /** segment file size for durable queues (default 32 MiB) */
  segmentSize?: number;
  /** memory and disk alarm thresholds */
  limits?: ResourceLimits;
  onWarning?: (msg: string) => void;
}

export class Broker {
  readonly vhosts = new Map<string, VHost>();
  readonly users: Users;
  readonly resources: ResourceMonitor;
  /** client sessions of every front, for management and metrics */
  readonly sessions = new Set<SessionInfo>();
  /** alert rules over the queues, evaluated every 5 s (started by open) and on demand */
  readonly alerts: AlertEvaluator;
  /** fdatasync round durations and publish-to-confirm latency, in seconds, for /metrics */
  readonly latency = {
    fsync: new LatencyHistogram(FSYNC_BUCKETS),
    confirm: new LatencyHistogram(CONFIRM_BUCKETS),
  };
  private readonly observeSync = (seconds: number): void => this.latency.fsync.observe(seconds);
  private readonly definitions: DefinitionsLog;
  private readonly queueDirs = new Map<Log | StreamLog, string>();
  private replaying = false;
  private closed = false;

  constructor(readonly config: BrokerConfig) {
    this.users = new Users(config.users ?? [{ name: 'guest', password: 'guest', loopbackOnly: true }]);
    mkdirSync(join(config.dataDir, 'queues'), { recursive: true });
    this.definitions = new DefinitionsLog(join(config.dataDir, 'definitions.jsonl'));
    this.resources = new ResourceMonitor(config.dataDir, config.limits);
    this.alerts = new AlertEvaluator(this.vhosts, DEFAULT_ALERT_RULES, { onWarning: config.onWarning });
  }

  /** Loads durable topology and recovers durable queues' logs. */
  open(): void {
    this.replaying = true;
    try {
      this.vhostOrCreate('/');
      for (const r of this.definitions.load()) this.replay(r);
    } finally {
      this.replaying = false;
    }
    // policies take effect once the whole topology is back (dead-letter targets included)
    for (const v of this.vhosts.values()) v.applyPolicies();
    const live: DefinitionRecord[] = [];
    for (const v of this.vhosts.values()) live.push(...v.definitions());
    this.definitions.rewrite(live);
    this.removeOrphanQueueDirs();
    this.resources.start();
    this.alerts.start();
  }

  vhost(name: string): VHost | undefined {
    return this.vhosts.get(name);
  }

  private vhostOrCreate(name: string): VHost {
    let v = this.vhosts.get(name);
    if (!v) {
      v = new VHost(name, {
        onWarning: this.config.onWarning,
        format: this.config.format,
        record: (r) => {
          if (!this.replaying) this.definitions.append(r);
        },
        openLog: (vhost, queue, durable, level) => this.openLog(vhost, queue, durable, level),
        destroyLog: (log) => this.destroyLog(log),
        openStream: (vhost, queue, opts) => this.openStream(vhost, queue, opts),
        destroyStream: (stream) => {
          this.queueDirs.delete(stream);
          stream
            .destroy()
            .catch((err) => this.config.onWarning?.(`stream data removal failed: ${err.message}`));
        },
      });
      this.vhosts.set(name, v);
    }
    return v;
  }

  private replay(r: DefinitionRecord): void {
    const v = this.vhostOrCreate(r.vhost);
    try {
      switch (r.op) {
        case 'exchange':
          v.declareExchange(r.name, r.type, r, false);
          break;
        case 'exchange.delete':
          v.deleteExchange(r.name, false);
          break;
        case 'queue':
          if (!v.queues.has(r.name)) {
            v.createQueue(r.name, {
              durable: true,
              exclusive: false,
              autoDelete: r.autoDelete,
              arguments: r.arguments,
            });
          }
          break;
        case 'queue.delete':
          v.deleteQueue(r.name, false, false);
          break;
        case 'policy':
          v.putPolicy(r.name, r, false);
          break;
        case 'policy.delete':
          v.deletePolicy(r.name, false);
          break;
        case 'bind':
        case 'unbind': {
          const fn =
            r.destinationType === 'queue'
              ? r.op === 'bind'
                ? v.bindQueue
                : v.unbindQueue
              : r.op === 'bind'
                ? v.bindExchange
                : v.unbindExchange;
          fn.call(v, r.destination, r.source, r.routingKey, r.arguments);
          break;
        }
      }
    } catch (err) {
      this.config.onWarning?.(`definitions replay skipped ${r.op}: ${(err as Error).message}`);
    }
  }

  private queueDir(vhost: string, queue: string): string {
    const id = createHash('sha256').update(vhost).update('\u0000').update(queue).digest('hex').slice(0, 32);
    return join(this.config.dataDir, 'queues', id);
  }

  private openLog(vhost: string, queue: string, durable: boolean, level: number): Log {
    if (!durable) return new MemoryLog();
    // priority levels above 0 live in sibling directories <id>.p<level>
    const dir = this.queueDir(vhost, queue) + (level > 0 ? `.p${level}` : '');
    const log = SegmentLog.open(dir, {
      segmentSize: this.config.segmentSize,
      onWarning: this.config.onWarning,
      onSyncRound: this.observeSync,
    });
    this.queueDirs.set(log, dir);
    return log;
  }

  private openStream(vhost: string, queue: string, opts: StreamLogOptions): StreamLog {
    const dir = `${this.queueDir(vhost, queue)}.stream`;
    const stream = StreamLog.open(dir, {
      ...opts,
      onWarning: this.config.onWarning,
      onSyncRound: this.observeSync,
    });
    if (opts.durable !== false) this.queueDirs.set(stream, dir);
    return stream;
  }

  private destroyLog(log: Log): void {
    this.queueDirs.delete(log);
    log.destroy().catch((err) => this.config.onWarning?.(`queue data removal failed: ${err.message}`));
  }

  private removeOrphanQueueDirs(): void {
    const known = new Set([...this.queueDirs.values()].map((d) => d.split('/').pop()));
    const root = join(this.config.dataDir, 'queues');
    for (const name of readdirSync(root)) {
      if (!known.has(name)) rmSync(join(root, name), { recursive: true, force: true });
    }
  }

  authenticate(user: string, password: string, remoteAddress: string | undefined): string | undefined {
    return this.users.check(user, password, remoteAddress);
  }

  /** Flushes and closes every queue log. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.resources.stop();
    this.alerts.stop();
    const logs: Promise<void>[] = [];
    for (const v of this.vhosts.values()) for (const q of v.queues.values()) logs.push(q.close());
    await Promise.all(logs);
    this.definitions.close();
  }

  assertOpen(): void {
    if (this.closed) throw new BrokerError('INTERNAL_ERROR', 'broker is shutting down', true);
  }
}
