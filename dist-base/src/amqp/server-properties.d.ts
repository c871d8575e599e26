export declare function serverProperties(version: string): Record<string, unknown>;
