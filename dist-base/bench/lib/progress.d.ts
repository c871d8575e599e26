export declare function progress(msg: string): void;
