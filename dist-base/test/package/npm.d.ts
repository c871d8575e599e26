export interface Run {
    code: number | null;
    stdout: string;
    stderr: string;
}
export declare function cleanEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
/** Runs a command to its end; rejects when it takes longer than `ms` (and kills it). */
export declare function run(cmd: string, args: string[], cwd: string, ms: number, env?: NodeJS.ProcessEnv): Promise<Run>;
/** Whether the npm registry answers (the install needs it for the package's dependencies). */
export declare function registryReachable(cwd: string): Promise<string | undefined>;
