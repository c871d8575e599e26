/** The history after one more death: its entry counted and moved to the front, or a new entry there. */
export function recordDeath(history, death) {
    const entries = history.entries.slice();
    const i = entries.findIndex((e) => e.queue === death.queue && e.reason === death.reason);
    let entry;
    if (i >= 0) {
        entry = { ...entries[i], count: entries[i].count + 1 };
        entries.splice(i, 1);
    }
    else {
        entry = {
            queue: death.queue,
            reason: death.reason,
            count: 1,
            death,
            originalExpiration: history.expiration,
        };
    }
    entries.unshift(entry);
    const who = { reason: death.reason, queue: death.queue, exchange: death.exchange };
    return { entries, first: history.hasFirstDeath ? undefined : who, last: who };
}
/**
 * RabbitMQ's cycle rule: walking the deaths from the most recent, reaching the target
 * queue before any 'rejected' death means the message would loop forever: drop it.
 */
export function isDeathCycle(entries, target) {
    for (const e of entries) {
        if (e.reason === 'rejected')
            return false;
        if (e.queue === target)
            return true;
    }
    return false;
}
//# sourceMappingURL=death-history.js.map