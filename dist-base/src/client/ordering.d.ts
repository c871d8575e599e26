/** The bucket in [0, buckets) of `key`. */
export declare function jumpHash(key: string, buckets: number): number;
/** Name of partition `i` of an ordered queue set. */
export declare function partitionName(base: string, i: number): string;
