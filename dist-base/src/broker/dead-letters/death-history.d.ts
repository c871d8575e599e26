import type { Death, DeathEntry, DeathHistory, DeathUpdate } from '../messages/message.js';
/** The history after one more death: its entry counted and moved to the front, or a new entry there. */
export declare function recordDeath(history: DeathHistory, death: Death): DeathUpdate;
/**
 * RabbitMQ's cycle rule: walking the deaths from the most recent, reaching the target
 * queue before any 'rejected' death means the message would loop forever: drop it.
 */
export declare function isDeathCycle(entries: readonly DeathEntry[], target: string): boolean;
