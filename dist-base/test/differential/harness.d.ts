export interface Scenario<T = unknown> {
    name: string;
    /** Plain JSON-comparable observation of what a client saw. No server-generated names. */
    run(url: string): Promise<T>;
    expected: T;
    timeoutMs?: number;
}
export declare function scenario<T>(name: string, expected: NoInfer<T>, run: (url: string) => Promise<T>, timeoutMs?: number): Scenario<T>;
export declare function differential(suite: string, scenarios: Scenario[]): void;
