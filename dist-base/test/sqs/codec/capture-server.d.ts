import type { HttpRequestParts, HttpResponseParts } from '../../../src/sqs/codec/index.js';
export type Handler = (req: HttpRequestParts) => HttpResponseParts;
export declare class CaptureServer {
    private readonly server;
    readonly port: number;
    readonly requests: HttpRequestParts[];
    private constructor();
    static start(handler: Handler): Promise<CaptureServer>;
    get endpoint(): string;
    close(): Promise<void>;
}
