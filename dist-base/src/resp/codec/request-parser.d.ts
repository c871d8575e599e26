import { RespProtocolError } from './protocol-error.js';
export interface RespCommandHandler {
    /** One command: the name and its arguments. Never empty. */
    onCommand(args: Buffer[]): void;
    onProtocolError(err: RespProtocolError): void;
}
export interface RespParserOptions {
    /** Largest bulk argument (Redis's proto-max-bulk-len); default 512 MiB. */
    maxBulkLength?: number;
    /**
     * Most arguments in one multibulk command; default 1024 * 1024. Redis 6 refused more than
     * this; Redis 7 accepts up to INT_MAX, but every argument costs an object here, so the bound
     * stays where a huge count cannot exhaust memory before maxCommandBytes notices.
     */
    maxMultibulkLength?: number;
    /** Longest inline command and longest count line (PROTO_INLINE_MAX_SIZE); default 64 KiB. */
    maxInlineLength?: number;
    /** Most bytes one pending command may hold (client-query-buffer-limit); default 1 GiB. */
    maxCommandBytes?: number;
}
export declare class RespRequestParser {
    private readonly handler;
    /**
     * False until the client authenticates when the server requires it: Redis then refuses
     * more than 10 arguments and bulks over 16 KiB, so an anonymous peer cannot make it buffer.
     */
    authenticated: boolean;
    private readonly maxBulk;
    private readonly maxArgs;
    private readonly maxInline;
    private readonly maxCommandBytes;
    private state;
    /** A line (count, bulk header or inline) that straddles chunks; null when none. */
    private partialLine;
    /** The partial line ended with CR: the next byte (any byte) completes it. */
    private partialSawCr;
    private args;
    private remaining;
    private bulkLen;
    /** A bulk (plus its 2 trailing bytes) that straddles chunks; null when none. */
    private bulk;
    private bulkParts;
    private bulkFilled;
    private commandBytes;
    private paused;
    private held;
    constructor(handler: RespCommandHandler, options?: RespParserOptions);
    get stopped(): boolean;
    /**
     * Stops reporting commands after the current one (a blocking command: Redis processes no
     * further input from a blocked client). Input pushed meanwhile is held until resume().
     */
    pause(): void;
    resume(): void;
    push(chunk: Buffer): void;
    /** The inline line lfLine() completed. */
    private line;
    /** The count or header line crLine() completed: bytes [lineStart, lineEnd) of lineBuf. */
    private lineBuf;
    private lineStart;
    private lineEnd;
    /**
     * Reads a line ended by CR plus any one byte. Returns the position after it, with the line
     * (CR excluded) in lineBuf[lineStart, lineEnd) (no slice is made: this runs twice per argument),
     * or -1 when the chunk ended first (the start is kept).
     */
    private crLine;
    /** Reads an inline line ended by LF; a CR before the LF is not part of it. */
    private lfLine;
    private multibulkCount;
    private bulkHeader;
    private bulkData;
    private arg;
    private inline;
    private fail;
}
