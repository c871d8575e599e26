import { Registry } from 'prom-client';
import type { Broker } from '../broker/broker.js';
export declare class Metrics {
    readonly registry: Registry<"text/plain; version=0.0.4; charset=utf-8">;
    constructor(broker: Broker);
    get contentType(): string;
    /** The exposition text for one scrape. */
    render(): Promise<string>;
}
