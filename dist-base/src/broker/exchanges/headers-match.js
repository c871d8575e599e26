export function matchMode(args) {
    const m = args['x-match'];
    if (m === undefined)
        return 'all';
    if (m === 'all' || m === 'any' || m === 'all-with-x' || m === 'any-with-x')
        return m;
    return undefined;
}
export function headersMatch(args, mode, headers) {
    const withX = mode === 'all-with-x' || mode === 'any-with-x';
    const all = mode === 'all' || mode === 'all-with-x';
    const h = headers ?? {};
    for (const key of Object.keys(args)) {
        if (key === 'x-match')
            continue;
        if (!withX && key.startsWith('x-'))
            continue;
        const expected = args[key];
        const present = Object.hasOwn(h, key);
        const ok = present && (expected === null || expected === undefined || sameValue(expected, h[key]));
        if (all && !ok)
            return false;
        if (!all && ok)
            return true;
    }
    return all;
}
function sameValue(a, b) {
    if (a === b)
        return true;
    if (typeof a === 'number' && typeof b === 'bigint')
        return BigInt(a) === b;
    if (typeof a === 'bigint' && typeof b === 'number')
        return a === BigInt(b);
    if (Buffer.isBuffer(a) && Buffer.isBuffer(b))
        return a.equals(b);
    if (a instanceof Date || b instanceof Date) {
        return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
    }
    if (a && b && typeof a === 'object' && typeof b === 'object') {
        const ka = Object.keys(a);
        const kb = Object.keys(b);
        if (ka.length !== kb.length)
            return false;
        return ka.every((k) => sameValue(a[k], b[k]));
    }
    return false;
}
//# sourceMappingURL=headers-match.js.map