// Dynamic shovels, as RabbitMQ's rabbitmq_shovel plugin: registers the "shovel"
// runtime-parameter component with the broker (validation in definition.ts), and runs one
// ShovelWorker per shovel parameter: started once the broker's AMQP listener is up
// (start), restarted when its parameter changes, stopped when it is cleared (by DELETE, a
// vhost deletion, or a one-shot shovel that finished). Parameters are durable in the
// broker's definitions log, so shovels resume after a restart. This sits above the
// broker: the broker never calls in here except through the component it registered.
import type { Broker } from '../broker/index.js';
import type { Parameter } from '../broker/topology/parameters.js';
import { isObject, parseShovel, validateShovel } from './definition.js';
import { shovelStatus } from './status.js';
import { type LocalEndpoint, ShovelWorker } from './worker.js';

export const SHOVEL_COMPONENT = 'shovel';
/** The actor of a one-shot shovel's own deletion (RabbitMQ's ?SHOVEL_USER). */
export const SHOVEL_ACTOR = 'rmq-shovel';

export interface ShovelManagerOptions {
  /** this broker's name: the status' `node` and the x-shovelled header's `shovelled-by` */
  clusterName: string;
  info(msg: string): void;
  warn(msg: string): void;
  /** the broker's own plain AMQP listener, or why a local URI cannot be used */
  local(): { host: string; port: number } | string;
}

const key = (vhost: string, name: string) => `${vhost}\u0000${name}`;

export class ShovelManager {
  private readonly workers = new Map<string, ShovelWorker>();
  private running = false;

  constructor(
    private readonly broker: Broker,
    private readonly opts: ShovelManagerOptions,
  ) {
    broker.parameters.register(SHOVEL_COMPONENT, {
      validate: (vhost, name, value, user) => validateShovel(name, value, user, (u, v) => this.mayUse(u, v)),
      onSet: (p) => {
        if (this.running) this.launch(p);
      },
      onClear: (vhost, name) => this.halt(vhost, name),
    });
  }

  private mayUse(user: string, vhost: string): boolean {
    return this.broker.vhosts.has(vhost) && this.broker.identity.permissions.hasVhostAccess(user, vhost);
  }

  /** Starts every recorded shovel; called once the AMQP listener is bound. */
  start(): void {
    this.running = true;
    for (const p of this.broker.parameters.list(SHOVEL_COMPONENT)) this.launch(p);
  }

  /** Stops every shovel (acks sent, connections closed); their parameters stay. */
  async stop(): Promise<void> {
    this.running = false;
    const all = [...this.workers.values()];
    this.workers.clear();
    await Promise.all(all.map((w) => w.stop()));
  }

  /** RabbitMQ-shaped statuses, optionally of one vhost, by vhost then name. */
  status(vhost?: string): Record<string, unknown>[] {
    return [...this.workers.values()]
      .filter((w) => vhost === undefined || w.vhost === vhost)
      .sort((a, b) => (a.vhost === b.vhost ? cmp(a.name, b.name) : cmp(a.vhost, b.vhost)))
      .map((w) => shovelStatus(w, this.opts.clusterName));
  }

  /** RabbitMQ's restart_shovel: false when no such shovel runs. */
  restart(vhost: string, name: string): boolean {
    const p = this.broker.parameters.get(vhost, SHOVEL_COMPONENT, name);
    if (!p || !this.workers.has(key(vhost, name))) return false;
    this.launch(p);
    return true;
  }

  private launch(p: Parameter): void {
    this.halt(p.vhost, p.name);
    if (!isObject(p.value)) return;
    const worker: ShovelWorker = new ShovelWorker(p.vhost, p.name, parseShovel(p.value), p.user, {
      clusterName: this.opts.clusterName,
      info: (msg) => this.opts.info(msg),
      warn: (msg) => this.opts.warn(msg),
      local: () => this.localEndpoint(),
      completed: () => {
        // only if this worker is still the one its parameter runs (not replaced meanwhile)
        if (this.workers.get(key(p.vhost, p.name)) === worker)
          this.broker.parameters.clear(p.vhost, SHOVEL_COMPONENT, p.name, SHOVEL_ACTOR);
      },
    });
    this.workers.set(key(p.vhost, p.name), worker);
    worker.start();
  }

  private halt(vhost: string, name: string): void {
    const w = this.workers.get(key(vhost, name));
    if (!w) return;
    this.workers.delete(key(vhost, name));
    void w.stop();
  }

  private localEndpoint(): LocalEndpoint | string {
    const l = this.opts.local();
    if (typeof l === 'string') return l;
    return { ...l, credential: this.broker.internalCredential };
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
