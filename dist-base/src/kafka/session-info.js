export class KafkaSessionInfo {
    conn;
    protocol = 'Kafka';
    frameMax = 0;
    heartbeat = 0;
    channelMax = 0;
    state = 'running';
    constructor(conn) {
        this.conn = conn;
    }
    get id() {
        return this.conn.id;
    }
    get user() {
        return this.conn.user;
    }
    get vhost() {
        return this.conn.ctx.options.vhost;
    }
    get peerHost() {
        return this.conn.socket.remoteAddress ?? '';
    }
    get peerPort() {
        return this.conn.socket.remotePort ?? 0;
    }
    get connectedAt() {
        return this.conn.connectedAt;
    }
    get clientProperties() {
        return {
            client_id: this.conn.clientId,
            ...(this.conn.clientSoftware ? { product: this.conn.clientSoftware } : {}),
        };
    }
    channels() {
        return [];
    }
    close(reason) {
        this.conn.close(reason);
    }
}
//# sourceMappingURL=session-info.js.map