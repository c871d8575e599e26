import { type LoadedTls } from '../tls.js';
import { type Broker } from '../broker/index.js';
import { type ShovelStatusSource } from './shovels.js';
export declare class HttpServer {
    private readonly broker;
    private readonly opts;
    private readonly server;
    /** the HTTPS listener, when one was started */
    private tlsServer;
    private readonly rates;
    /**
     * Made at the first scrape: prom-client takes longer to load than the rest of the broker
     * takes to start, and its default metrics leave a GC observer and an event-loop monitor
     * behind that nothing removes, which an in-process broker that is never scraped should not pay.
     */
    private metrics;
    private readonly router;
    constructor(broker: Broker, opts: {
        host?: string;
        port: number;
        /** default false */
        metricsAuth?: boolean;
        /** the shovels' status and restart (GET /api/shovels); default: none run */
        shovels?: ShovelStatusSource;
    });
    private handle;
    private fail;
    listen(): Promise<number>;
    /** Starts the HTTPS listener (same API, dashboard and /metrics); resolves to its port. */
    listenTls(port: number, tls: LoadedTls): Promise<number>;
    private bind;
    close(): Promise<void>;
}
