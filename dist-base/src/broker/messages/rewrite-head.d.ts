/** A stored head with its properties rewritten (headers added for delivery). */
export declare function rewriteHead(head: Buffer, flags: number, rewrite: (properties: Buffer) => Buffer): Buffer;
