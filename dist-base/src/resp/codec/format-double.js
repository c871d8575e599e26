// C's printf("%.17g") for a double, which is how Redis 7.0 formats double replies
// (addReplyDouble in src/networking.c); infinities are "inf"/"-inf" as Redis writes them
// explicitly, and NaN is glibc's "nan"/"-nan".
export function formatDouble17g(x) {
    if (Number.isNaN(x))
        return 'nan';
    if (x === Infinity)
        return 'inf';
    if (x === -Infinity)
        return '-inf';
    if (x === 0)
        return Object.is(x, -0) ? '-0' : '0';
    const exp = Number(x.toExponential(16).split('e')[1]);
    if (exp < -4 || exp >= 17) {
        const [mant, e] = x.toExponential(16).split('e');
        const sign = e[0] === '-' ? '-' : '+';
        const digits = e.slice(1).padStart(2, '0');
        return `${stripZeros(mant)}e${sign}${digits}`;
    }
    return stripZeros(x.toFixed(16 - exp));
}
function stripZeros(s) {
    if (!s.includes('.'))
        return s;
    s = s.replace(/0+$/, '');
    return s.endsWith('.') ? s.slice(0, -1) : s;
}
//# sourceMappingURL=format-double.js.map