export declare class DenseSet<T> {
    readonly items: T[];
    private readonly at;
    get size(): number;
    has(v: T): boolean;
    /** false when `v` was already present */
    add(v: T): boolean;
    /** false when `v` was not present */
    delete(v: T): boolean;
}
