export type Totals = Record<string, number>;
export declare class RateSampler {
    private readonly now;
    private readonly samples;
    constructor(now?: () => number);
    /** The totals with `<name>_details: {rate}` added for each counter. */
    withRates(key: string, totals: Totals): Record<string, unknown>;
    forget(key: string): void;
}
