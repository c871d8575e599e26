export class RespSessionInfo {
    conn;
    frameMax = 0;
    heartbeat = 0;
    channelMax = 0;
    state = 'running';
    constructor(conn) {
        this.conn = conn;
    }
    get protocol() {
        return `RESP${this.conn.protocol}`;
    }
    get id() {
        return `resp-${this.conn.id}`;
    }
    get user() {
        return this.conn.user ?? '';
    }
    get vhost() {
        return this.conn.ctx.vhost;
    }
    get peerHost() {
        return this.conn.remoteAddress;
    }
    get peerPort() {
        return this.conn.remotePort;
    }
    get connectedAt() {
        return this.conn.connectedAt;
    }
    get clientProperties() {
        const c = this.conn;
        return {
            ...(c.name === '' ? {} : { connection_name: c.name }),
            ...(c.libName === '' ? {} : { product: c.libName }),
            ...(c.libVer === '' ? {} : { version: c.libVer }),
        };
    }
    channels() {
        return [];
    }
    close(_reason) {
        this.conn.close();
    }
}
//# sourceMappingURL=session-info.js.map