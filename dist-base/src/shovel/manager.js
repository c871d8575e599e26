import { isObject, parseShovel, validateShovel } from './definition.js';
import { shovelStatus } from './status.js';
import { ShovelWorker } from './worker.js';
export const SHOVEL_COMPONENT = 'shovel';
/** The actor of a one-shot shovel's own deletion (RabbitMQ's ?SHOVEL_USER). */
export const SHOVEL_ACTOR = 'rmq-shovel';
const key = (vhost, name) => `${vhost}\u0000${name}`;
export class ShovelManager {
    broker;
    opts;
    workers = new Map();
    running = false;
    constructor(broker, opts) {
        this.broker = broker;
        this.opts = opts;
        broker.parameters.register(SHOVEL_COMPONENT, {
            validate: (vhost, name, value, user) => validateShovel(name, value, user, (u, v) => this.mayUse(u, v)),
            onSet: (p) => {
                if (this.running)
                    this.launch(p);
            },
            onClear: (vhost, name) => this.halt(vhost, name),
        });
    }
    mayUse(user, vhost) {
        return this.broker.vhosts.has(vhost) && this.broker.identity.permissions.hasVhostAccess(user, vhost);
    }
    /** Starts every recorded shovel; called once the AMQP listener is bound. */
    start() {
        this.running = true;
        for (const p of this.broker.parameters.list(SHOVEL_COMPONENT))
            this.launch(p);
    }
    /** Stops every shovel (acks sent, connections closed); their parameters stay. */
    async stop() {
        this.running = false;
        const all = [...this.workers.values()];
        this.workers.clear();
        await Promise.all(all.map((w) => w.stop()));
    }
    /** RabbitMQ-shaped statuses, optionally of one vhost, by vhost then name. */
    status(vhost) {
        return [...this.workers.values()]
            .filter((w) => vhost === undefined || w.vhost === vhost)
            .sort((a, b) => (a.vhost === b.vhost ? cmp(a.name, b.name) : cmp(a.vhost, b.vhost)))
            .map((w) => shovelStatus(w, this.opts.clusterName));
    }
    /** RabbitMQ's restart_shovel: false when no such shovel runs. */
    restart(vhost, name) {
        const p = this.broker.parameters.get(vhost, SHOVEL_COMPONENT, name);
        if (!p || !this.workers.has(key(vhost, name)))
            return false;
        this.launch(p);
        return true;
    }
    launch(p) {
        this.halt(p.vhost, p.name);
        if (!isObject(p.value))
            return;
        const worker = new ShovelWorker(p.vhost, p.name, parseShovel(p.value), p.user, {
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
    halt(vhost, name) {
        const w = this.workers.get(key(vhost, name));
        if (!w)
            return;
        this.workers.delete(key(vhost, name));
        void w.stop();
    }
    localEndpoint() {
        const l = this.opts.local();
        if (typeof l === 'string')
            return l;
        return { ...l, credential: this.broker.internalCredential };
    }
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
//# sourceMappingURL=manager.js.map