export interface Case {
    service: 'sqs' | 'sns';
    action: string;
    params: Record<string, unknown>;
    /** The typed input; defaults to params (with {__b64} turned into Buffers). */
    input?: Record<string, unknown>;
    output?: Record<string, unknown>;
    error?: {
        code: string;
        message: string;
        queryCode: string;
        status: number;
    };
    /** Only SDKs whose model knows the action (boto3 1.26 predates the move tasks). */
    since?: 'new';
}
export declare const CASES: Case[];
/** {__b64} markers to Buffers: the typed form the codec produces. */
export declare function typed(v: unknown): unknown;
/** Buffers and Uint8Arrays to {__b64} markers: a form comparable across SDKs. */
export declare function marked(v: unknown): unknown;
