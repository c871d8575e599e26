export interface BotoCall {
    service: 'sqs' | 'sns';
    action: string;
    params: unknown;
}
export type BotoResult = {
    ok: unknown;
} | {
    error: {
        code: string;
        type?: string;
        exception: string;
        message: string;
        status: number;
    };
} | {
    unsupported: string;
};
export declare const PYTHONS: readonly [{
    readonly name: "boto3 1.26 (query)";
    readonly python: "/usr/bin/python3";
}, {
    readonly name: "boto3 1.43 (json)";
    readonly python: "python3";
}];
export declare function pythonAvailable(python: string): boolean;
export declare function runBoto(python: string, endpoint: string, calls: BotoCall[], key?: string, secret?: string): Promise<{
    version: string;
    results: BotoResult[];
}>;
