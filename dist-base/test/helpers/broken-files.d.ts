export declare const CAN_BREAK_FILES: boolean;
/** Breaks every open descriptor on a file under `dir`; returns how many. */
export declare function breakOpenFiles(dir: string): number;
