const MAX_KEYS = 100_000;
export class RateSampler {
    now;
    samples = new Map();
    constructor(now = Date.now) {
        this.now = now;
    }
    /** The totals with `<name>_details: {rate}` added for each counter. */
    withRates(key, totals) {
        const at = this.now();
        const prev = this.samples.get(key);
        const rates = {};
        for (const [k, v] of Object.entries(totals)) {
            if (!prev)
                rates[k] = 0;
            else if (at - prev.at < 1)
                rates[k] = prev.rates[k] ?? 0; // same instant: repeat
            else
                rates[k] = Math.max(0, (v - (prev.totals[k] ?? 0)) / ((at - prev.at) / 1000));
        }
        if (!prev || at - prev.at >= 1) {
            if (!prev && this.samples.size >= MAX_KEYS)
                this.samples.clear();
            this.samples.set(key, { at, totals: { ...totals }, rates });
        }
        const out = {};
        for (const [k, v] of Object.entries(totals)) {
            out[k] = v;
            out[`${k}_details`] = { rate: Math.round(rates[k] * 10) / 10 };
        }
        return out;
    }
    forget(key) {
        this.samples.delete(key);
    }
}
//# sourceMappingURL=rates.js.map