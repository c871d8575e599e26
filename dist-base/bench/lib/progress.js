// Progress goes to stderr so stdout carries only the final table (pipe-friendly).
const t0 = Date.now();
export function progress(msg) {
    const s = Math.floor((Date.now() - t0) / 1000);
    const stamp = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
    process.stderr.write(`[${stamp}] ${msg}\n`);
}
//# sourceMappingURL=progress.js.map