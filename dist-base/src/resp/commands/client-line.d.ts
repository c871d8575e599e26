import type { RespConnection } from '../connection.js';
export declare function clientLine(c: RespConnection): string;
