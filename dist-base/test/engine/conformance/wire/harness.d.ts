import { type RunningWharf } from '../../../../src/embedded/start-wharf.js';
export declare class WireHarness {
    readonly dir: string;
    wharf: RunningWharf;
    start(): Promise<RunningWharf>;
    restart(): Promise<RunningWharf>;
    close(): Promise<void>;
    /** The front's port as it reported it. */
    port(protocol: string): number;
}
