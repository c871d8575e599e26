// Splits an inline command line (what redis-cli's older versions and telnet users send) into
// arguments exactly as Redis's sdssplitargs does (redis 7.0.15 src/sds.c):
//
//   blanks (C isspace) separate arguments; "double quotes" take \xHH, \n \r \t \b \a and
//   \<any> escapes; 'single quotes' take only \'; a closing quote must be followed by a blank
//   or the end; a quote inside a bare word opens a quoted part of the same argument.
//
// Returns null for unbalanced quotes. The line ends at its first NUL byte, as in C.
const isCSpace = (c) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const hexValue = (c) => c >= 0x30 && c <= 0x39
    ? c - 0x30
    : c >= 0x61 && c <= 0x66
        ? c - 0x57
        : c >= 0x41 && c <= 0x46
            ? c - 0x37
            : -1;
export function splitInlineArgs(line) {
    let end = line.indexOf(0);
    if (end < 0)
        end = line.length;
    const at = (i) => (i < end ? line[i] : 0);
    const args = [];
    let p = 0;
    for (;;) {
        while (p < end && isCSpace(line[p]))
            p++;
        if (p >= end)
            return args;
        const bytes = [];
        let inq = false;
        let insq = false;
        let done = false;
        // Fast path for a bare word (the common case): one slice, no byte array.
        const start = p;
        while (p < end && !isCSpace(line[p]) && line[p] !== 0x22 && line[p] !== 0x27)
            p++;
        if (p === end || line[p] === 0x20 || line[p] === 0x0a || line[p] === 0x0d || line[p] === 0x09) {
            args.push(line.subarray(start, p));
            continue;
        }
        for (let i = start; i < p; i++)
            bytes.push(line[i]);
        while (!done) {
            const c = at(p);
            if (inq) {
                if (c === 0x5c && at(p + 1) === 0x78 && hexValue(at(p + 2)) >= 0 && hexValue(at(p + 3)) >= 0) {
                    bytes.push(hexValue(at(p + 2)) * 16 + hexValue(at(p + 3)));
                    p += 3;
                }
                else if (c === 0x5c && at(p + 1) !== 0) {
                    p++;
                    const e = at(p);
                    bytes.push(e === 0x6e
                        ? 0x0a
                        : e === 0x72
                            ? 0x0d
                            : e === 0x74
                                ? 0x09
                                : e === 0x62
                                    ? 0x08
                                    : e === 0x61
                                        ? 0x07
                                        : e);
                }
                else if (c === 0x22) {
                    if (at(p + 1) !== 0 && !isCSpace(at(p + 1)))
                        return null;
                    done = true;
                }
                else if (c === 0) {
                    return null;
                }
                else {
                    bytes.push(c);
                }
            }
            else if (insq) {
                if (c === 0x5c && at(p + 1) === 0x27) {
                    p++;
                    bytes.push(0x27);
                }
                else if (c === 0x27) {
                    if (at(p + 1) !== 0 && !isCSpace(at(p + 1)))
                        return null;
                    done = true;
                }
                else if (c === 0) {
                    return null;
                }
                else {
                    bytes.push(c);
                }
            }
            else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0) {
                done = true;
            }
            else if (c === 0x22) {
                inq = true;
            }
            else if (c === 0x27) {
                insq = true;
            }
            else {
                bytes.push(c);
            }
            if (c !== 0)
                p++;
        }
        args.push(Buffer.from(bytes));
    }
}
//# sourceMappingURL=inline-args.js.map