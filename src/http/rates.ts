// Rates of cumulative counters: the HTTP layer keeps the previous totals and time of
// each sampled object and answers delta/seconds since then (0 on the first look).
export type Totals = Record<string, number>;

interface Sample {
  at: number;
  totals: Totals;
  rates: Record<string, number>;
}

const MAX_KEYS = 100_000;

export class RateSampler {
  private readonly samples = new Map<string, Sample>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The totals with `<name>_details: {rate}` added for each counter. */
  withRates(key: string, totals: Totals): Record<string, unknown> {
    const at = this.now();
    const prev = this.samples.get(key);
    const rates: Record<string, number> = {};
    for (const [k, v] of Object.entries(totals)) {
      if (!prev) rates[k] = 0;
      else if (at - prev.at < 1)
        rates[k] = prev.rates[k] ?? 0; // same instant: repeat
      else rates[k] = Math.max(0, (v - (prev.totals[k] ?? 0)) / ((at - prev.at) / 1000));
    }
    if (!prev || at - prev.at >= 1) {
      if (!prev && this.samples.size >= MAX_KEYS) this.samples.clear();
      this.samples.set(key, { at, totals: { ...totals }, rates });
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(totals)) {
      out[k] = v;
      out[`${k}_details`] = { rate: Math.round(rates[k] * 10) / 10 };
    }
    return out;
  }

  forget(key: string): void {
    this.samples.delete(key);
  }
}
