export declare class ExpiryHeap {
    private at;
    private pos;
    size: number;
    push(expiresAt: number, position: number): void;
    /** earliest expiry, or Infinity when empty */
    peekTime(): number;
    /** removes the earliest entry and returns its position */
    pop(): number;
    clear(): void;
    private grow;
    private shrink;
}
