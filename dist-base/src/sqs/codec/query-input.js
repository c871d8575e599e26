import { AwsError } from './errors.js';
export function decodeQueryInput(model, shapeName, params) {
    const prefixes = new Set();
    for (const key of params.keys()) {
        for (let i = key.indexOf('.'); i >= 0; i = key.indexOf('.', i + 1))
            prefixes.add(key.slice(0, i));
    }
    const ctx = { model, params, prefixes };
    return decodeStructure(ctx, shapeName, '', true) ?? {};
}
const join = (prefix, name) => (prefix === '' ? name : `${prefix}.${name}`);
function present(ctx, prefix) {
    return ctx.params.has(prefix) || ctx.prefixes.has(prefix);
}
function decodeStructure(ctx, shapeName, prefix, top = false) {
    const shape = ctx.model.shapes[shapeName];
    if (!top && !ctx.prefixes.has(prefix))
        return undefined;
    const out = {};
    for (const [name, ref] of Object.entries(shape.members)) {
        const v = decodeMember(ctx, ref, join(prefix, ref.queryName ?? name));
        if (v !== undefined)
            out[name] = v;
    }
    for (const r of shape.required) {
        if (out[r] === undefined)
            throw new AwsError('MissingParameter', `The request must contain the parameter ${join(prefix, shape.members[r].queryName ?? r)}.`);
    }
    return out;
}
function decodeMember(ctx, ref, prefix) {
    return decodeShape(ctx, ref.shape, prefix);
}
function decodeShape(ctx, shapeName, prefix) {
    const shape = ctx.model.shapes[shapeName];
    switch (shape.type) {
        case 'structure':
            return decodeStructure(ctx, shapeName, prefix);
        case 'list': {
            if (ctx.params.get(prefix) === '')
                return [];
            let listPrefix;
            if (shape.flattened) {
                listPrefix = shape.memberName === undefined ? prefix : replaceLast(prefix, shape.memberName);
            }
            else
                listPrefix = `${prefix}.${shape.memberName ?? 'member'}`;
            const out = [];
            for (let i = 1; present(ctx, `${listPrefix}.${i}`); i++)
                out.push(decodeShape(ctx, shape.member, `${listPrefix}.${i}`));
            return out.length === 0 ? undefined : out;
        }
        case 'map': {
            const base = shape.flattened ? prefix : `${prefix}.entry`;
            const keyName = shape.keyName ?? 'key';
            const valueName = shape.valueName ?? 'value';
            const out = {};
            let n = 0;
            for (let i = 1; present(ctx, `${base}.${i}`); i++, n++) {
                const key = ctx.params.get(`${base}.${i}.${keyName}`);
                if (key === undefined)
                    throw new AwsError('MissingParameter', `The request must contain the parameter ${base}.${i}.${keyName}.`);
                out[key] = decodeShape(ctx, shape.value, `${base}.${i}.${valueName}`);
            }
            return n === 0 ? undefined : out;
        }
        default: {
            const text = ctx.params.get(prefix);
            if (text === undefined)
                return undefined;
            return scalar(shape.type, text, prefix);
        }
    }
}
function replaceLast(prefix, name) {
    const dot = prefix.lastIndexOf('.');
    return dot < 0 ? name : `${prefix.slice(0, dot + 1)}${name}`;
}
function scalar(type, text, name) {
    switch (type) {
        case 'integer':
        case 'long': {
            if (!/^[-+]?\d+$/.test(text))
                throw new AwsError('InvalidParameterValue', `Value ${text} for parameter ${name} is invalid. Reason: must be an integer.`);
            const n = Number(text);
            if (!Number.isSafeInteger(n))
                throw new AwsError('InvalidParameterValue', `Value ${text} for parameter ${name} is invalid. Reason: out of range.`);
            return n;
        }
        case 'boolean':
            if (text !== 'true' && text !== 'false')
                throw new AwsError('InvalidParameterValue', `Value ${text} for parameter ${name} is invalid. Reason: must be true or false.`);
            return text === 'true';
        case 'double':
        case 'float': {
            const n = Number(text);
            if (text.trim() === '' || Number.isNaN(n))
                throw new AwsError('InvalidParameterValue', `Value ${text} for parameter ${name} is invalid. Reason: must be a number.`);
            return n;
        }
        case 'blob':
            return decodeBase64(text, name);
        default:
            return text;
    }
}
export function decodeBase64(text, name) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
        throw new AwsError('InvalidParameterValue', `Value for parameter ${name} is invalid. Reason: not valid base64.`);
    }
    return Buffer.from(text, 'base64');
}
//# sourceMappingURL=query-input.js.map