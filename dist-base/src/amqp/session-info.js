import { AmqpError } from './errors.js';
export class AmqpSessionInfo {
    conn;
    protocol = 'AMQP 0-9-1';
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
        return this.conn.vhost?.name ?? '';
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
        return this.conn.clientProperties;
    }
    get frameMax() {
        return this.conn.frameMax;
    }
    get heartbeat() {
        return this.conn.heartbeat;
    }
    get channelMax() {
        return this.conn.channelMax;
    }
    get state() {
        if (this.conn.blocked)
            return 'blocked';
        return this.conn.throttled ? 'flow' : 'running'; // flow: unconfirmed publishes over the limit
    }
    channels() {
        return [...this.conn.channels.values()].map((ch) => ch.info());
    }
    close(reason) {
        this.conn.close(new AmqpError(320, `CONNECTION_FORCED - ${reason}`, true));
    }
}
//# sourceMappingURL=session-info.js.map