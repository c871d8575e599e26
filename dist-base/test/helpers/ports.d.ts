/** A port on 127.0.0.1 that was free a moment ago (the OS picked it, then it was released). */
export declare function freePort(): Promise<number>;
/** Whether something accepts TCP connections on 127.0.0.1:port now. */
export declare function answers(port: number): Promise<boolean>;
