import { AwsError } from './errors.js';
import { decodeBase64 } from './query-input.js';
// Decodes and checks an AWS JSON 1.0 request body against its action's input shape: members
// by their model names, blobs in base64, maps as objects, lists as arrays. Unknown members are
// ignored, as the SDKs' own forward compatibility expects; a value of the wrong JSON type is a
// SerializationException, as AWS JSON services answer.
export function decodeJsonInput(model, shapeName, body) {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw new AwsError('SerializationException', 'The request body must be a JSON object.');
    }
    return decode(model, shapeName, body, []);
}
function pathText(path, last) {
    let out = '';
    for (const p of last === undefined ? path : [...path, last])
        out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
    return out;
}
function wrongType(path, expected) {
    return new AwsError('SerializationException', `${pathText(path) || 'body'}: expected ${expected}`);
}
function decode(model, shapeName, v, path) {
    const shape = model.shapes[shapeName];
    switch (shape.type) {
        case 'structure': {
            if (v === null || typeof v !== 'object' || Array.isArray(v))
                throw wrongType(path, 'an object');
            const src = v;
            const out = {};
            for (const name in shape.members) {
                const x = src[name];
                if (x === undefined || x === null)
                    continue;
                path.push(name);
                out[name] = decode(model, shape.members[name].shape, x, path);
                path.pop();
            }
            for (const r of shape.required) {
                if (out[r] === undefined)
                    throw new AwsError('MissingParameter', `The request must contain the parameter ${pathText(path, r)}.`);
            }
            return out;
        }
        case 'list': {
            if (!Array.isArray(v))
                throw wrongType(path, 'an array');
            const out = new Array(v.length);
            for (let i = 0; i < v.length; i++) {
                path.push(i);
                out[i] = decode(model, shape.member, v[i], path);
                path.pop();
            }
            return out;
        }
        case 'map': {
            if (v === null || typeof v !== 'object' || Array.isArray(v))
                throw wrongType(path, 'an object');
            const out = {};
            for (const [k, x] of Object.entries(v)) {
                path.push(k);
                out[k] = decode(model, shape.value, x, path);
                path.pop();
            }
            return out;
        }
        case 'string':
            if (typeof v !== 'string')
                throw wrongType(path, 'a string');
            return v;
        case 'integer':
        case 'long':
            if (typeof v !== 'number' || !Number.isSafeInteger(v))
                throw wrongType(path, 'an integer');
            return v;
        case 'double':
        case 'float':
            if (typeof v !== 'number')
                throw wrongType(path, 'a number');
            return v;
        case 'boolean':
            if (typeof v !== 'boolean')
                throw wrongType(path, 'a boolean');
            return v;
        case 'blob':
            if (typeof v !== 'string')
                throw wrongType(path, 'a base64 string');
            return decodeBase64(v, pathText(path));
        case 'timestamp':
            if (typeof v !== 'number' && typeof v !== 'string')
                throw wrongType(path, 'a timestamp');
            return typeof v === 'number' ? new Date(v * 1000) : new Date(v);
    }
}
//# sourceMappingURL=json-input.js.map