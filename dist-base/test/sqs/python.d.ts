export declare const PYTHONS: readonly [{
    readonly name: "boto3 1.26 (query)";
    readonly python: "/usr/bin/python3";
}, {
    readonly name: "boto3 1.43 (json)";
    readonly python: "python3";
}];
/** Why `python` cannot run `module`, or undefined when it can. */
export declare function pythonSkip(python: string, module: string): string | undefined;
export declare function runPython(python: string, script: string, env: {
    endpoint: string;
    key?: string;
    secret?: string;
    args?: unknown;
}, timeoutMs?: number): Promise<unknown>;
/** A boto3 SQS client from the environment, for scripts. */
export declare const BOTO_PRELUDE: string;
