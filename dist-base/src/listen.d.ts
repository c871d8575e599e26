import type { Server } from 'node:net';
export declare function listen(server: Server, host: string, port: number, onError?: (err: Error) => void): Promise<number>;
