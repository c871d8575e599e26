/** [argument, reason] of the first invalid argument, or undefined. */
export declare function queueArgProblem(args: Record<string, unknown>): [string, string] | undefined;
