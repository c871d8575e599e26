// Turns raw samples into medians, the comparison table (markdown, so it pastes into
// docs/performance.md as is) and the machine-limit fractions.
import { metricsOf } from '../scenarios/types.js';
import { fmt, median } from './stats.js';
export function aggregate(cases, targets, samples) {
    const rows = [];
    for (const c of cases) {
        for (const m of metricsOf(c)) {
            const row = {
                scenario: c.scenario,
                variant: c.variant,
                metric: m,
                medians: {},
                samples: {},
                errors: {},
            };
            for (const t of targets) {
                const mine = samples.filter((s) => s.scenario === c.scenario && s.variant === c.variant && s.target === t.id);
                const good = mine.filter((s) => !s.warmup && !s.error).map((s) => s.values[m.key]);
                row.samples[t.id] = good;
                row.medians[t.id] = median(good);
                const err = mine.find((s) => s.error)?.error;
                if (err)
                    row.errors[t.id] = err;
            }
            rows.push(row);
        }
    }
    return rows;
}
const ratio = (a, b) => Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? (a / b).toFixed(2) : '—';
export function table(rows, targets) {
    const hasClassic = targets.some((t) => t.id === 'rabbit-classic');
    const hasQuorum = targets.some((t) => t.id === 'rabbit-quorum');
    const head = ['scenario', 'variant', 'metric', ...targets.map((t) => t.label)];
    if (hasClassic)
        head.push('wharf/classic');
    if (hasQuorum)
        head.push('wharf/quorum');
    const lines = [head, head.map(() => '---')];
    for (const r of rows) {
        const arrow = r.metric.better === 'higher' ? '↑' : r.metric.better === 'lower' ? '↓' : '·';
        const cells = targets.map((t) => r.errors[t.id] && !r.samples[t.id].length ? 'error' : fmt(r.medians[t.id]));
        const line = [r.scenario, r.variant, `${r.metric.key} ${arrow}`, ...cells];
        if (hasClassic)
            line.push(ratio(r.medians.wharf, r.medians['rabbit-classic']));
        if (hasQuorum)
            line.push(ratio(r.medians.wharf, r.medians['rabbit-quorum']));
        lines.push(line);
    }
    return lines.map((l) => `| ${l.join(' | ')} |`).join('\n');
}
/** Persistent throughput as a fraction of this machine's disk and loopback ceilings. */
export function fractions(rows, limits, targets) {
    if (!limits)
        return [];
    const out = [];
    const find = (scenario, variantPart, key) => rows.find((r) => r.scenario === scenario && r.variant.includes(variantPart) && r.metric.key === key);
    const add = (row, what, toUnit, unit, limit, lim) => {
        if (!row)
            return;
        for (const t of targets) {
            const v = toUnit(row.medians[t.id]);
            if (Number.isFinite(v))
                out.push({ what, target: t.label, value: v, unit, limit, fraction: v / lim });
        }
    };
    const kib = (x) => (x * 1024) / 1e6;
    add(find('publish', '4 publishers', 'msg/s'), 'persistent publish 1 KiB, 4 publishers (payload)', kib, 'MB/s', `seq write ${limits.seqWriteMBs.toFixed(0)} MB/s`, limits.seqWriteMBs);
    const big = find('bodies', '64 KiB', 'MB/s');
    add(big, 'persistent publish 64 KiB (payload)', (x) => x, 'MB/s', `seq write ${limits.seqWriteMBs.toFixed(0)} MB/s`, limits.seqWriteMBs);
    add(big, 'persistent publish 64 KiB (payload)', (x) => x, 'MB/s', `loopback TCP ${limits.loopbackTcpMBs.toFixed(0)} MB/s`, limits.loopbackTcpMBs);
    add(find('confirm-each', '', 'msg/s'), 'confirm-each (one fsync per message at best)', (x) => x, 'msg/s', `fdatasync ${limits.fdatasyncPerSec.toFixed(0)}/s`, limits.fdatasyncPerSec);
    return out;
}
export function fractionTable(f) {
    if (!f.length)
        return '';
    const lines = [
        '| measure | broker | figure | machine limit | fraction |',
        '| --- | --- | --- | --- | --- |',
    ];
    for (const x of f)
        lines.push(`| ${x.what} | ${x.target} | ${fmt(x.value)} ${x.unit} | ${x.limit} | ${(x.fraction * 100).toFixed(1)} % |`);
    return lines.join('\n');
}
//# sourceMappingURL=report.js.map