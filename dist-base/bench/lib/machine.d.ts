export interface MachineInfo {
    cpus: number;
    cpuModel: string;
    memTotalMiB: number;
    memFreeMiB: number;
    node: string;
    kernel: string;
    loadavg: number[];
    tmpdir: string;
}
export declare function machineInfo(): MachineInfo;
export interface Limits {
    seqWriteMBs: number;
    fdatasyncPerSec: number;
    loopbackTcpMBs: number;
}
/** MB here is 10^6 bytes, as disk and network vendors count. */
export declare function seqWrite(totalMiB?: number): number;
export declare function fdatasyncRate(seconds?: number): number;
/** Sender in a worker thread so sending and receiving use separate cores, like a client and a broker. */
export declare function loopbackTcp(seconds?: number): Promise<number>;
export declare function measureLimits(log: (m: string) => void): Promise<Limits>;
