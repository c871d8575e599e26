// The Standard Schema interface (https://standardschema.dev), copied as its authors
// intend, so zod 4, valibot, arktype and others validate payloads without the client
// depending on any of them.
/** A payload that failed its schema; on consume it goes straight to the dead-letter queue. */
export class SchemaValidationError extends Error {
    issues;
    name = 'SchemaValidationError';
    constructor(message, issues) {
        super(message);
        this.issues = issues;
    }
}
function describe(issues) {
    return issues
        .slice(0, 5)
        .map((i) => {
        const path = i.path?.map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.');
        return path ? `${path}: ${i.message}` : i.message;
    })
        .join('; ');
}
/** Validates `value`; returns the schema's output (which may be transformed) or throws SchemaValidationError. */
export async function validate(schema, value, what) {
    const result = await schema['~standard'].validate(value);
    if (result.issues)
        throw new SchemaValidationError(`${what} failed validation: ${describe(result.issues)}`, result.issues);
    return result.value;
}
//# sourceMappingURL=schema.js.map