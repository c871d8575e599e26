// Prometheus exposition text parsing for the metrics tests.
import assert from 'node:assert/strict';
/** Parses exposition text, asserting every line is a comment or `name{labels} value`. */
export function parse(text) {
    const samples = [];
    const help = new Set();
    const type = new Map();
    for (const line of text.split('\n')) {
        if (line === '')
            continue;
        let m = /^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .*$/.exec(line);
        if (m) {
            help.add(m[1]);
            continue;
        }
        m = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
        if (m) {
            type.set(m[1], m[2]);
            continue;
        }
        m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
        assert.ok(m, `malformed exposition line: ${JSON.stringify(line)}`);
        const labels = {};
        if (m[2]) {
            const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)/y;
            let lm;
            let end = 0;
            while ((lm = re.exec(m[2]))) {
                labels[lm[1]] = lm[2];
                end = re.lastIndex;
            }
            assert.equal(end, m[2].length, `bad labels in ${line}`);
        }
        // Prometheus parses values with Go's ParseFloat: NaN and Inf in any case
        // (prom-client writes an unobserved histogram's mean as "Nan")
        const raw = m[3].toLowerCase();
        const value = raw === 'nan' ? NaN : /^[+-]?inf$/.test(raw) ? (raw[0] === '-' ? -Infinity : Infinity) : Number(raw);
        assert.ok(raw === 'nan' || !Number.isNaN(value), `bad value in ${line}`);
        samples.push({ name: m[1], labels, value });
    }
    return { samples, help, type };
}
//# sourceMappingURL=prometheus.js.map