import type { DedupStore } from './types.js';
export interface LeaseRenewal {
    /** Stops renewing; results of a renew still in flight are ignored. */
    stop(): void;
}
export declare function renewWhileRunning(store: DedupStore, key: string, leaseSeconds: number, onLost: (err: Error) => void, onRenewed: () => void): LeaseRenewal;
