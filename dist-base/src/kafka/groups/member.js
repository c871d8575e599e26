export function sameProtocols(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        if (a[i].name !== b[i].name || !a[i].metadata.equals(b[i].metadata))
            return false;
    }
    return true;
}
//# sourceMappingURL=member.js.map