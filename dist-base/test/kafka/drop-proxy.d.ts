export declare class DropFirstProduceProxy {
    private readonly upstreamPort;
    /** how many Produce responses to drop (each closes its client connection) */
    private readonly drops;
    /** Produce responses dropped so far (the test expects 1) */
    dropped: number;
    private readonly server;
    private readonly sockets;
    port: number;
    constructor(upstreamPort: number, 
    /** how many Produce responses to drop (each closes its client connection) */
    drops?: number);
    start(): Promise<string>;
    private accept;
    close(): Promise<void>;
}
