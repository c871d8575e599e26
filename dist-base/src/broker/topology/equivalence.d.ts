export declare function assertFlag(kind: string, name: string, vhost: string, flag: string, got: unknown, cur: unknown): void;
export declare function assertArgs(kind: 'queue' | 'exchange', name: string, vhost: string, got: Record<string, unknown>, cur: Record<string, unknown>): void;
