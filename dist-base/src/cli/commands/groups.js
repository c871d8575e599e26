// `wharf groups list|describe|reset-offsets`: consumer groups (Kafka's, and any with committed
// offsets) through the management API only: GET /api/consumer-groups/{vhost}[/{group}] and
// POST .../reset-offsets. describe prints what kafka-consumer-groups.sh --describe does; reset-offsets
// takes its options and, like it, only shows the plan unless --execute is given.
import { CliError } from '../api-client.js';
import { printJson, run, table } from './common.js';
const noSuchGroup = (g, vhost) => `no such consumer group '${g}' in vhost '${vhost}'`;
const dash = (v) => (v === null || v === undefined ? '-' : String(v));
export function groupsListCommand(opts) {
    return run(opts, async (api) => {
        const list = (await api.get(api.path('consumer-groups'), `no such vhost '${opts.vhost}'`));
        if (opts.json)
            return printJson(list);
        const rows = list.map((g) => [
            String(g.group),
            String(g.state),
            String(g.members.length),
            [...new Set(g.partitions.map((p) => p.stream))].join(','),
            String(g.lag),
        ]);
        console.log(table(['group', 'state', 'members', 'topics', 'lag'], rows, [2, 4]));
    });
}
export function groupDescribeCommand(group, opts) {
    return run(opts, async (api) => {
        const g = (await api.get(api.path('consumer-groups', group), noSuchGroup(group, opts.vhost)));
        if (opts.json)
            return printJson(g);
        console.log(`group ${g.group}: ${g.state}, ${g.members.length} member(s)` +
            (g.protocol ? `, assignor ${g.protocol}` : '') +
            `, lag ${g.lag}`);
        const members = new Map(g.members.map((m) => [m.member_id, m]));
        const rows = g.partitions.map((p) => {
            const m = p.member === null ? undefined : members.get(p.member);
            return [
                String(p.stream),
                String(p.partition),
                dash(p.committed_offset),
                dash(p.log_end_offset),
                dash(p.lag),
                dash(m?.member_id),
                dash(m?.host),
                dash(m?.client_id),
            ];
        });
        console.log(table(['topic', 'partition', 'current-offset', 'log-end-offset', 'lag', 'consumer-id', 'host', 'client-id'], rows, [1, 2, 3, 4]));
    });
}
/** The reset's `to` and `value` from exactly one --to-* / --shift-by option. */
export function resetTarget(o) {
    const chosen = [];
    const whole = (flag, v) => {
        if (!/^-?\d+$/.test(v))
            throw new CliError(`${flag} wants a whole number, not '${v}'`);
        return Number(v);
    };
    if (o.toEarliest)
        chosen.push({ to: 'earliest' });
    if (o.toLatest)
        chosen.push({ to: 'latest' });
    if (o.toDatetime !== undefined) {
        // kafka-consumer-groups.sh's format, YYYY-MM-DDTHH:mm:SS.sss, read as UTC unless it names a zone
        const t = /[zZ]|[+-]\d\d:?\d\d$/.test(o.toDatetime) ? o.toDatetime : `${o.toDatetime}Z`;
        if (!Number.isFinite(Date.parse(t)))
            throw new CliError(`--to-datetime wants a date and time, not '${o.toDatetime}'`);
        chosen.push({ to: 'datetime', value: new Date(t).toISOString() });
    }
    if (o.toOffset !== undefined)
        chosen.push({ to: 'offset', value: whole('--to-offset', o.toOffset) });
    if (o.shiftBy !== undefined)
        chosen.push({ to: 'shift-by', value: whole('--shift-by', o.shiftBy) });
    if (chosen.length !== 1)
        throw new CliError('give exactly one of --to-earliest, --to-latest, --to-datetime, --to-offset, --shift-by');
    return chosen[0];
}
export function groupResetCommand(group, opts) {
    return run(opts, async (api) => {
        const body = { ...resetTarget(opts), execute: opts.execute === true };
        if (opts.topic !== undefined)
            body.stream = opts.topic;
        if (opts.partitions !== undefined) {
            if (opts.topic === undefined)
                throw new CliError('--partitions needs --topic');
            const list = opts.partitions.split(',').map((x) => Number(x.trim()));
            if (list.some((n) => !Number.isInteger(n) || n < 0))
                throw new CliError(`bad --partitions '${opts.partitions}'`);
            body.partitions = list;
        }
        const plan = (await api.request('POST', `${api.path('consumer-groups', group)}/reset-offsets`, body, opts.topic === undefined
            ? noSuchGroup(group, opts.vhost)
            : `no such topic '${opts.topic}' in vhost '${opts.vhost}'`));
        if (opts.json)
            return printJson(plan);
        console.log(table(['topic', 'partition', 'previous-offset', 'new-offset'], plan.map((p) => [
            String(p.stream),
            String(p.partition),
            dash(p.previous_offset),
            String(p.new_offset),
        ]), [1, 2, 3]));
        if (!opts.execute)
            console.error('(dry run: nothing changed; add --execute to apply)');
    });
}
//# sourceMappingURL=groups.js.map