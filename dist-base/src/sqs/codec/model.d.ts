export type ScalarType = 'string' | 'integer' | 'long' | 'boolean' | 'blob' | 'timestamp' | 'double' | 'float';
export interface MemberRef {
    shape: string;
    /** The query/XML name when it differs from the member name (botocore's locationName). */
    queryName?: string;
}
export type Shape = {
    type: 'structure';
    members: Record<string, MemberRef>;
    required: readonly string[];
    exception?: boolean;
} | {
    type: 'list';
    member: string;
    memberName?: string;
    flattened: boolean;
} | {
    type: 'map';
    key: string;
    value: string;
    keyName?: string;
    valueName?: string;
    flattened: boolean;
} | {
    type: ScalarType;
    enum?: readonly string[];
};
export interface Operation {
    input?: string;
    output?: string;
    /** The XML element that wraps the output in query responses (`<XResult>`). */
    resultWrapper?: string;
    errors: readonly string[];
}
export interface ErrorInfo {
    /** The code the query protocol sends (`AWS.SimpleQueueService.NonExistentQueue`). */
    queryCode: string;
    httpStatus: number;
    senderFault: boolean;
}
export interface ServiceModel {
    /** `AmazonSQS`: the X-Amz-Target prefix of the JSON protocol; undefined when query only. */
    targetPrefix?: string;
    /** `com.amazonaws.sqs`: the namespace of JSON `__type` values. */
    jsonErrorNamespace?: string;
    xmlNamespace: string;
    apiVersion: string;
    operations: Record<string, Operation>;
    shapes: Record<string, Shape>;
    /** By exception shape name. */
    errors: Record<string, ErrorInfo>;
}
