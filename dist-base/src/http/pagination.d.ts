export interface Lister<T> {
    name(item: T): string;
    /** The item's value of `field` without rendering it, or undefined when only the JSON has it. */
    field?(item: T | undefined, field: string): unknown;
    json(item: T): Record<string, unknown>;
}
export declare function listWithQuery<T>(query: URLSearchParams, items: T[], lister: Lister<T>): unknown;
