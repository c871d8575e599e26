export declare class TcpProxy {
    private readonly targetHost;
    private readonly targetPort;
    private server;
    private readonly sockets;
    port: number;
    /** connections accepted so far */
    accepted: number;
    constructor(targetHost: string, targetPort: number);
    /** Listens (port 0 the first time, the same port after close). */
    open(): Promise<void>;
    private pipe;
    /** Drops every proxied connection and refuses new ones until open(). */
    close(): Promise<void>;
}
