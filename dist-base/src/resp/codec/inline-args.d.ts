export declare function splitInlineArgs(line: Buffer): Buffer[] | null;
