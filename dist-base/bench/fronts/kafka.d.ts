import type { WharfProcess } from '../lib/wharf.js';
import type { FrontBenchResult } from './index.js';
export interface KafkaBenchOptions {
    wharf: WharfProcess;
    /** 1 KiB records per throughput row */
    records: number;
    /** records of the latency run, at 10 000/s */
    latencyRecords: number;
    /** records of the RSS row, over 10 partitions */
    rssRecords: number;
    log(msg: string): void;
}
export declare function runKafka(o: KafkaBenchOptions): Promise<FrontBenchResult>;
