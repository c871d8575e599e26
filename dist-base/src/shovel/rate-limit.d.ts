export declare class RateLimit {
    private readonly perSecond;
    private readonly now;
    private tokens;
    private last;
    constructor(perSecond: number, now?: () => number);
    /** Takes one token: 0 when a message may go now, else the milliseconds until one may. */
    take(): number;
}
