// INFO and COMMAND. INFO is what clients parse on connect (ioredis's ready check reads `loading:0`,
// tools read redis_version and the keyspace): Redis 7.0's sections and field names, with Wharf's own
// figures where it has them. COMMAND replies come from the generated command table.
import { cpuUsage, memoryUsage, pid } from 'node:process';
import { arch, totalmem, type as osType, release as osRelease } from 'node:os';
import { StreamQueue } from '../../broker/index.js';
import { RespError } from '../errors.js';
const DEFAULT_SECTIONS = [
    'server',
    'clients',
    'memory',
    'persistence',
    'stats',
    'replication',
    'cpu',
    'modules',
    'errorstats',
    'cluster',
    'keyspace',
];
function human(bytes) {
    const units = ['B', 'K', 'M', 'G', 'T'];
    let v = bytes;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${bytes}B` : `${v.toFixed(2)}${units[i]}`;
}
/** The number of Redis keys (streams) in the front's vhost. */
function keyCount(c) {
    const v = c.ctx.broker.vhost(c.ctx.vhost);
    if (v === undefined)
        return 0;
    let n = 0;
    for (const q of v.queues.values())
        if (q instanceof StreamQueue)
            n++;
    return n;
}
function section(c, name) {
    const ctx = c.ctx;
    const now = Date.now();
    switch (name) {
        case 'server': {
            const up = Math.floor((now - ctx.startedAt) / 1000);
            return [
                '# Server',
                'redis_version:7.0.15',
                `wharf_version:${ctx.version}`,
                'redis_git_sha1:00000000',
                'redis_git_dirty:0',
                'redis_mode:standalone',
                `os:${osType()} ${osRelease()} ${arch()}`,
                'arch_bits:64',
                'multiplexing_api:epoll',
                `process_id:${pid}`,
                'process_supervised:no',
                `tcp_port:${ctx.port}`,
                `server_time_usec:${now * 1000}`,
                `uptime_in_seconds:${up}`,
                `uptime_in_days:${Math.floor(up / 86400)}`,
                'hz:10',
                'configured_hz:10',
                `executable:${process.argv[1] ?? ''}`,
                'config_file:',
                'io_threads_active:0',
            ];
        }
        case 'clients': {
            let blocked = 0;
            for (const x of ctx.connections)
                if (x.isBlocked)
                    blocked++;
            return [
                '# Clients',
                `connected_clients:${ctx.connections.size}`,
                'cluster_connections:0',
                'maxclients:10000',
                `blocked_clients:${blocked}`,
                'tracking_clients:0',
                'clients_in_timeout_table:0',
            ];
        }
        case 'memory': {
            const m = memoryUsage();
            return [
                '# Memory',
                `used_memory:${m.heapUsed + m.external}`,
                `used_memory_human:${human(m.heapUsed + m.external)}`,
                `used_memory_rss:${m.rss}`,
                `used_memory_rss_human:${human(m.rss)}`,
                `total_system_memory:${totalmem()}`,
                `total_system_memory_human:${human(totalmem())}`,
                'maxmemory:0',
                'maxmemory_human:0B',
                'maxmemory_policy:noeviction',
                'mem_allocator:libc',
            ];
        }
        case 'persistence':
            // Every write is synced before its reply: what Redis calls appendfsync always.
            return [
                '# Persistence',
                'loading:0',
                'async_loading:0',
                'rdb_changes_since_last_save:0',
                'rdb_bgsave_in_progress:0',
                'rdb_last_bgsave_status:ok',
                'aof_enabled:1',
                'aof_rewrite_in_progress:0',
                'aof_rewrite_scheduled:0',
                'aof_last_write_status:ok',
            ];
        case 'stats':
            return [
                '# Stats',
                `total_connections_received:${ctx.stats.connections}`,
                `total_commands_processed:${ctx.stats.commands}`,
                `rejected_connections:${ctx.stats.rejectedConnections}`,
                'expired_keys:0',
                'evicted_keys:0',
                'keyspace_hits:0',
                'keyspace_misses:0',
                'pubsub_channels:0',
                'pubsub_patterns:0',
            ];
        case 'replication':
            return ['# Replication', 'role:master', 'connected_slaves:0'];
        case 'cpu': {
            const u = cpuUsage();
            return [
                '# CPU',
                `used_cpu_sys:${(u.system / 1e6).toFixed(6)}`,
                `used_cpu_user:${(u.user / 1e6).toFixed(6)}`,
            ];
        }
        case 'modules':
            return ['# Modules'];
        case 'errorstats':
            return ['# Errorstats'];
        case 'cluster':
            return ['# Cluster', 'cluster_enabled:0'];
        case 'keyspace': {
            const keys = keyCount(c);
            return keys === 0
                ? ['# Keyspace']
                : ['# Keyspace', `db0:keys=${keys},expires=${c.ctx.keyspace.expiring},avg_ttl=0`];
        }
        default:
            return [];
    }
}
function info(c, args, w) {
    let names;
    if (args.length === 1)
        names = DEFAULT_SECTIONS;
    else {
        const asked = args.slice(1).map((a) => a.toString('latin1').toLowerCase());
        if (asked.some((a) => a === 'all' || a === 'everything' || a === 'default'))
            names = DEFAULT_SECTIONS;
        else
            names = DEFAULT_SECTIONS.filter((s) => asked.includes(s));
    }
    const parts = names.map((n) => section(c, n)).filter((lines) => lines.length > 0);
    const text = parts.map((lines) => `${lines.join('\r\n')}\r\n`).join('\r\n');
    w.verbatim(text);
}
function command(c, args, w) {
    if (args.length !== 1)
        throw new RespError("ERR wrong number of arguments for 'command' command");
    c.ctx.commands.writeInfo(w, []);
}
function names(args) {
    return args.slice(2).map((a) => a.toString('latin1'));
}
export const SERVER_COMMANDS = [
    ['info', { run: info }],
    ['command', { run: command }],
    ['command|count', { run: (c, _a, w) => c.ctx.commands.writeCount(w) }],
    ['command|info', { run: (c, a, w) => c.ctx.commands.writeInfo(w, names(a)) }],
    ['command|docs', { run: (c, a, w) => c.ctx.commands.writeDocs(w, names(a)) }],
    [
        'command|list',
        {
            run: (c, a, w) => {
                if (a.length !== 2)
                    throw new RespError('ERR syntax error');
                const all = c.ctx.commands.commands;
                w.array(all.length);
                for (const cmd of all)
                    w.bulk(cmd.name);
            },
        },
    ],
];
//# sourceMappingURL=server-commands.js.map