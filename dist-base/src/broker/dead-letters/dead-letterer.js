import { decodeHead } from '../messages/record.js';
import { isDeathCycle, recordDeath } from './death-history.js';
function stringList(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
export class DeadLetterer {
    host;
    ctx;
    constructor(host, ctx) {
        this.host = host;
        this.ctx = ctx;
    }
    /**
     * Dead-letters one message of `q` to its x-dead-letter-exchange (RabbitMQ semantics:
     * routing key from x-dead-letter-routing-key or the original keys, x-death recorded,
     * cycles dropped unless a rejection is part of the cycle). A missing dead-letter
     * exchange drops the message, as RabbitMQ does. `stored` (see QueueHooks.deadLetter)
     * runs once every durable target that took the copy has synced it; a target that
     * refuses it (its own overflow) is not waited for: at-most-once, as RabbitMQ's default
     * dead-letter strategy.
     */
    deadLetter(q, rec, reason, stored) {
        const dlx = q.deadLetterExchange;
        if (dlx === undefined || !this.host.exchanges.has(dlx))
            return stored?.();
        q.stats.deadLettered++;
        const h = decodeHead(rec.head, rec.flags);
        const cc = stringList(this.ctx.format.headers(h.properties)?.CC);
        const now = Date.now();
        const death = {
            queue: q.name,
            reason,
            exchange: h.exchange,
            routingKeys: [h.routingKey, ...cc],
            time: now,
        };
        const { properties, history } = this.ctx.format.deadLettered(h.properties, (was) => recordDeath(was, death));
        const dlrk = q.deadLetterRoutingKey;
        const msg = {
            exchange: dlx,
            routingKey: dlrk ?? h.routingKey,
            properties,
            body: rec.body,
            persistent: (rec.flags & 1) !== 0,
            timestamp: now,
        };
        const accept = reason === 'rejected' ? undefined : (target) => !isDeathCycle(history.entries, target.name);
        const out = []; // its own: a dead-letter can happen inside another publish
        try {
            this.host.publish(msg, out, dlrk === undefined ? cc : undefined, accept);
        }
        catch (err) {
            out.length = 0; // nothing to wait for: the message goes as it did before
            stored?.();
            throw err;
        }
        if (stored)
            this.whenSynced(out, stored);
    }
    /** Dead-letter copies whose targets are still syncing (Broker.close waits for them). */
    settling = 0;
    settled = [];
    /** Calls `done` once every durable target in `targets` has synced (with the first error). */
    whenSynced(targets, done) {
        let pending = 0;
        for (const t of targets)
            if (t.durable)
                pending++;
        if (pending === 0)
            return done();
        this.settling++;
        let failed;
        const one = (err) => {
            failed ??= err;
            if (--pending > 0)
                return;
            done(failed);
            if (--this.settling === 0)
                for (const resolve of this.settled.splice(0))
                    resolve();
        };
        for (const t of targets)
            if (t.durable)
                t.sync(one);
    }
    /** Resolves once every dead-lettered message's copies are synced and its original removed. */
    settledAll() {
        if (this.settling === 0)
            return Promise.resolve();
        return new Promise((resolve) => this.settled.push(resolve));
    }
}
//# sourceMappingURL=dead-letterer.js.map