import { errorInfo } from './errors.js';
export function serializeOutput(protocol, model, action, output, requestId) {
    const op = model.operations[action];
    if (op === undefined)
        throw new Error(`unknown action ${action}`);
    if (protocol === 'json') {
        const body = op.output === undefined ? {} : jsonValue(model, op.output, output);
        return {
            status: 200,
            headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': requestId },
            body: Buffer.from(JSON.stringify(body)),
        };
    }
    let xml = `<?xml version="1.0"?><${action}Response xmlns="${model.xmlNamespace}">`;
    if (op.output !== undefined) {
        xml += `<${op.resultWrapper}>${xmlMembers(model, op.output, output)}</${op.resultWrapper}>`;
    }
    xml += `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata></${action}Response>`;
    return {
        status: 200,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
        body: Buffer.from(xml),
    };
}
export function serializeError(protocol, model, error, requestId) {
    const info = errorInfo(model, error.code);
    const fault = info.senderFault ? 'Sender' : 'Receiver';
    if (protocol === 'json') {
        const namespace = model.jsonErrorNamespace ?? 'com.amazonaws';
        return {
            status: info.httpStatus,
            headers: {
                'content-type': 'application/x-amz-json-1.0',
                'x-amzn-requestid': requestId,
                'x-amzn-query-error': `${info.queryCode};${fault}`,
            },
            body: Buffer.from(JSON.stringify({ __type: `${namespace}#${error.code}`, message: error.message })),
        };
    }
    const xml = `<?xml version="1.0"?><ErrorResponse xmlns="${model.xmlNamespace}"><Error><Type>${fault}</Type>` +
        `<Code>${escapeXml(info.queryCode)}</Code><Message>${escapeXml(error.message)}</Message><Detail/></Error>` +
        `<RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>`;
    return {
        status: info.httpStatus,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
        body: Buffer.from(xml),
    };
}
/** XML text: markup characters escaped, and CR kept as a reference (a parser would fold it). */
export function escapeXml(s) {
    return s.replace(/[&<>"\r]/g, (c) => c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#xD;');
}
function xmlMembers(model, shapeName, value) {
    const shape = model.shapes[shapeName];
    let out = '';
    for (const [name, ref] of Object.entries(shape.members)) {
        const v = value[name];
        if (v === undefined || v === null)
            continue;
        const member = model.shapes[ref.shape];
        // botocore's _member_key_name: a flattened list that names its member uses that name.
        const tag = member.type === 'list' && member.flattened && member.memberName !== undefined
            ? member.memberName
            : (ref.queryName ?? name);
        out += xmlValue(model, ref.shape, v, tag);
    }
    return out;
}
function xmlValue(model, shapeName, v, tag) {
    const shape = model.shapes[shapeName];
    switch (shape.type) {
        case 'structure':
            return `<${tag}>${xmlMembers(model, shapeName, v)}</${tag}>`;
        case 'list': {
            const items = v;
            if (shape.flattened)
                return items.map((x) => xmlValue(model, shape.member, x, tag)).join('');
            const member = shape.memberName ?? 'member';
            return `<${tag}>${items.map((x) => xmlValue(model, shape.member, x, member)).join('')}</${tag}>`;
        }
        case 'map': {
            const k = shape.keyName ?? 'key';
            const val = shape.valueName ?? 'value';
            const entries = Object.entries(v).map(([key, x]) => `${xmlValue(model, shape.key, key, k)}${xmlValue(model, shape.value, x, val)}`);
            if (shape.flattened)
                return entries.map((e) => `<${tag}>${e}</${tag}>`).join('');
            return `<${tag}>${entries.map((e) => `<entry>${e}</entry>`).join('')}</${tag}>`;
        }
        default:
            return `<${tag}>${escapeXml(scalarText(shape.type, v))}</${tag}>`;
    }
}
function scalarText(type, v) {
    if (type === 'blob')
        return v.toString('base64');
    if (type === 'timestamp')
        return (v instanceof Date ? v : new Date(v)).toISOString();
    return String(v);
}
function jsonValue(model, shapeName, v) {
    const shape = model.shapes[shapeName];
    switch (shape.type) {
        case 'structure': {
            const out = {};
            const src = v;
            for (const [name, ref] of Object.entries(shape.members)) {
                const x = src[name];
                if (x !== undefined && x !== null)
                    out[name] = jsonValue(model, ref.shape, x);
            }
            return out;
        }
        case 'list':
            return v.map((x) => jsonValue(model, shape.member, x));
        case 'map': {
            const out = {};
            for (const [k, x] of Object.entries(v))
                out[k] = jsonValue(model, shape.value, x);
            return out;
        }
        case 'blob':
            return v.toString('base64');
        case 'timestamp':
            return (v instanceof Date ? v.getTime() : v) / 1000;
        default:
            return v;
    }
}
//# sourceMappingURL=response.js.map