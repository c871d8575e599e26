export interface Sample {
    name: string;
    labels: Record<string, string>;
    value: number;
}
/** Parses exposition text, asserting every line is a comment or `name{labels} value`. */
export declare function parse(text: string): {
    samples: Sample[];
    help: Set<string>;
    type: Map<string, string>;
};
