// Redis's glob-style matcher for KEYS and SCAN MATCH (redis 7.0.15 util.c stringmatchlen): `*`, `?`,
// `[abc]`, `[^a]`, `[a-z]` and `\x` escapes, over bytes.
export function globMatch(pattern, s) {
    return match(pattern, 0, s, 0);
}
function match(p, pi, s, si) {
    while (pi < p.length && si < s.length) {
        const c = p[pi];
        if (c === 0x2a) {
            // '*': collapse runs, then try every suffix
            while (pi + 1 < p.length && p[pi + 1] === 0x2a)
                pi++;
            if (pi + 1 === p.length)
                return true;
            for (let k = si; k < s.length; k++)
                if (match(p, pi + 1, s, k))
                    return true;
            return false;
        }
        if (c === 0x3f) {
            si++;
        }
        else if (c === 0x5b) {
            pi++;
            const not = p[pi] === 0x5e;
            if (not)
                pi++;
            let matched = false;
            for (;;) {
                if (pi >= p.length) {
                    pi--;
                    break;
                }
                if (p[pi] === 0x5c && pi + 1 < p.length) {
                    pi++;
                    if (p[pi] === s[si])
                        matched = true;
                }
                else if (p[pi] === 0x5d) {
                    break;
                }
                else if (pi + 2 < p.length && p[pi + 1] === 0x2d) {
                    let start = p[pi];
                    let end = p[pi + 2];
                    if (start > end)
                        [start, end] = [end, start];
                    pi += 2;
                    if (s[si] >= start && s[si] <= end)
                        matched = true;
                }
                else if (p[pi] === s[si])
                    matched = true;
                pi++;
            }
            if (not)
                matched = !matched;
            if (!matched)
                return false;
            si++;
        }
        else {
            if (c === 0x5c && pi + 1 < p.length)
                pi++;
            if (p[pi] !== s[si])
                return false;
            si++;
        }
        pi++;
    }
    while (pi < p.length && p[pi] === 0x2a)
        pi++;
    return pi === p.length && si === s.length;
}
//# sourceMappingURL=glob.js.map