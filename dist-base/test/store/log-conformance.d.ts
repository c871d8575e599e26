import type { Log } from '../../src/store/index.js';
export interface LogFactory {
    make(opts?: {
        small?: boolean;
    }): Log;
    /** Removes whatever make() created. */
    cleanup(): void;
}
export declare function logConformance(name: string, factory: LogFactory): void;
