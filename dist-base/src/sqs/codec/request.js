import { AwsError } from './errors.js';
import { decodeJsonInput } from './json-input.js';
import { SNS_MODEL, SQS_MODEL } from './models.generated.js';
import { decodeQueryInput } from './query-input.js';
export const DEFAULT_SERVICES = { sqs: SQS_MODEL, sns: SNS_MODEL };
export function header(parts, name) {
    const v = parts.headers[name];
    return Array.isArray(v) ? v[0] : v;
}
export function detectProtocol(parts) {
    // the subtype (after the first '/', before any ';') starts with x-amz-json, in any case
    const type = header(parts, 'content-type');
    if (type === undefined)
        return 'query';
    const slash = type.indexOf('/');
    const semi = type.indexOf(';');
    if (slash < 0 || (semi >= 0 && semi < slash))
        return 'query';
    const end = semi < 0 ? type.length : semi;
    return end - slash > 10 && type.slice(slash + 1, slash + 11).toLowerCase() === 'x-amz-json'
        ? 'json'
        : 'query';
}
export function parseAwsRequest(parts, services = DEFAULT_SERVICES) {
    const protocol = detectProtocol(parts);
    return protocol === 'json' ? parseJson(parts, services) : parseQuery(parts, services);
}
function parseJson(parts, services) {
    const model = services.sqs;
    const fail = (error) => ({
        ok: false,
        protocol: 'json',
        service: 'sqs',
        model,
        error,
    });
    const target = header(parts, 'x-amz-target') ?? '';
    const dot = target.lastIndexOf('.');
    const action = target.slice(dot + 1);
    if (dot < 0 || target.slice(0, dot) !== model.targetPrefix || model.operations[action] === undefined) {
        return fail(new AwsError('UnknownOperationException', `Unknown operation ${target || '(no X-Amz-Target)'}`));
    }
    let body;
    try {
        // The SDKs send `{}` for an input without members; an empty body means the same.
        body = parts.body.length === 0 ? {} : JSON.parse(parts.body.toString('utf8'));
    }
    catch {
        return fail(new AwsError('SerializationException', 'The request body is not valid JSON.'));
    }
    try {
        const op = model.operations[action];
        const input = op.input === undefined ? {} : decodeJsonInput(model, op.input, body);
        return { ok: true, protocol: 'json', service: 'sqs', model, action, input };
    }
    catch (err) {
        if (err instanceof AwsError)
            return fail(err);
        throw err;
    }
}
function parseQuery(parts, services) {
    const params = new Map();
    const q = parts.url.indexOf('?');
    if (q >= 0)
        for (const [k, v] of new URLSearchParams(parts.url.slice(q + 1)))
            params.set(k, v);
    if (parts.method === 'POST' && parts.body.length > 0) {
        for (const [k, v] of new URLSearchParams(parts.body.toString('utf8')))
            params.set(k, v);
    }
    const action = params.get('Action');
    const version = params.get('Version');
    let service = 'sqs';
    if (services.sns !== undefined) {
        if (version === services.sns.apiVersion)
            service = 'sns';
        else if (version !== services.sqs.apiVersion && action !== undefined) {
            if (services.sqs.operations[action] === undefined && services.sns.operations[action] !== undefined)
                service = 'sns';
        }
    }
    const model = service === 'sns' ? services.sns : services.sqs;
    const fail = (error) => ({ ok: false, protocol: 'query', service, model, error });
    if (action === undefined)
        return fail(new AwsError('MissingAction', 'The request must contain the parameter Action.'));
    const op = model.operations[action];
    if (op === undefined)
        return fail(new AwsError('InvalidAction', `The action ${action} is not valid for this endpoint.`));
    try {
        const input = op.input === undefined ? {} : decodeQueryInput(model, op.input, params);
        return { ok: true, protocol: 'query', service, model, action, input };
    }
    catch (err) {
        if (err instanceof AwsError)
            return fail(err);
        throw err;
    }
}
//# sourceMappingURL=request.js.map