export interface RssFillResult {
    partitions: number;
    records: number;
    storedMB: number;
    fillSeconds: number;
    /** MiB: after the fill, its peak, after reading everything back, after a restart */
    afterFill: number;
    peakFill: number;
    afterRead: number;
    afterRestart: number;
    readSeconds: number;
    restartSeconds: number;
}
export declare function rssFill(records: number, perBatch: number, log: (msg: string) => void): Promise<RssFillResult>;
