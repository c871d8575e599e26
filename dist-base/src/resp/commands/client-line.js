function hostPort(host, port) {
    const h = host.startsWith('::ffff:') ? host.slice(7) : host;
    return h.includes(':') ? `[${h}]:${port}` : `${h}:${port}`;
}
export function clientLine(c) {
    const now = Date.now();
    const age = Math.floor((now - c.connectedAt) / 1000);
    const idle = Math.floor((now - c.lastCommandAt) / 1000);
    return (`id=${c.id} addr=${hostPort(c.remoteAddress, c.remotePort)} laddr=${hostPort(c.localAddress, c.localPort)} ` +
        `fd=-1 name=${c.name} age=${age} idle=${idle} flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 ` +
        `qbuf-free=0 argv-mem=0 multi-mem=0 rbs=0 rbp=0 obl=0 oll=0 omem=0 tot-mem=0 events=r ` +
        `cmd=${c.lastCommand} user=${c.user ?? 'default'} redir=-1 resp=${c.protocol} ` +
        `lib-name=${c.libName} lib-ver=${c.libVer}`);
}
//# sourceMappingURL=client-line.js.map