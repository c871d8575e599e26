// The operation sequence of the journal crash test: a pure function of seq, so the parent knows what the
// killed child did (500 keys, every 7th operation a delete).
export function opAt(seq) {
    const i = seq % 500;
    return { key: `k${i}`, value: seq % 7 === 3 ? undefined : `v${i}:${seq}` };
}
//# sourceMappingURL=journal-ops.js.map