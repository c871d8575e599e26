export type Values = Map<string, unknown[]>;
export declare class FilterPolicyError extends Error {
}
/** Parses and checks a policy; throws FilterPolicyError with SNS's sense of the problem. */
export declare function parseFilterPolicy(text: string): Record<string, unknown>;
/** Message attributes as the policy sees them: String values, Number values, String.Array lists. */
export declare function attributeValues(attrs: Record<string, {
    DataType: string;
    StringValue?: string;
}>): Values;
/** Does `policy` match? `values` gives each key's values (attributes), or `body` a parsed JSON body. */
export declare function matches(policy: Record<string, unknown>, scope: 'attributes' | 'body', values: Values, body?: unknown): boolean;
