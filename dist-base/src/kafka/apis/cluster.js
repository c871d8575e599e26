import { ApiKey, API_TABLE, KafkaError, } from '../codec/index.js';
import { topicAllowed } from '../access.js';
import { Topics, TopicError } from '../topics.js';
/** "All operations not requested" in authorized-operations fields. */
const NO_OPS = -2147483648;
/** The ApiVersions table: every advertised API this front handles (ranges from API_TABLE). */
export function advertised(handled) {
    return API_TABLE.filter((a) => handled(a.apiKey)).map((a) => ({
        apiKey: a.apiKey,
        minVersion: a.minVersion,
        maxVersion: a.maxVersion,
    }));
}
export function apiVersions(conn, req, handled) {
    const b = req.body;
    if (req.header.apiVersion >= 3 && b.clientSoftwareName)
        conn.clientSoftware = `${b.clientSoftwareName} ${b.clientSoftwareVersion}`;
    return { errorCode: 0, apiKeys: advertised(handled), throttleTimeMs: 0 };
}
function brokerOf(conn) {
    return {
        nodeId: conn.ctx.nodeId,
        host: conn.ctx.advertisedHost,
        port: conn.socket.localPort ?? 0,
        rack: null,
    };
}
export function metadata(conn, req) {
    const b = req.body;
    const { topics, options } = conn.ctx;
    const v = req.header.apiVersion;
    // v0: an empty list means every topic; v1+: null means every topic, empty means none
    const all = b.topics === null || (v === 0 && b.topics.length === 0);
    // before v4 there is no flag and Kafka auto-creates whenever its config allows
    const autoCreate = options.autoCreateTopics && (v < 4 || b.allowAutoTopicCreation);
    const out = [];
    const partitionsOf = (n) => Array.from({ length: n }, (_, i) => ({
        errorCode: 0,
        partitionIndex: i,
        leaderId: conn.ctx.nodeId,
        replicaNodes: [conn.ctx.nodeId],
        isrNodes: [conn.ctx.nodeId],
        offlineReplicas: [],
    }));
    const failed = (name, errorCode) => ({
        errorCode,
        name,
        isInternal: false,
        partitions: [],
    });
    if (all) {
        for (const t of topics.list()) {
            if (topicAllowed(conn.access, 'read', t.name) ||
                topicAllowed(conn.access, 'write', t.name) ||
                topicAllowed(conn.access, 'configure', t.name))
                out.push({ errorCode: 0, name: t.name, isInternal: false, partitions: partitionsOf(t.partitions) });
        }
    }
    else {
        for (const { name } of b.topics) {
            let t = topics.get(name);
            if (!t && autoCreate) {
                try {
                    Topics.validateName(name);
                    if (!topicAllowed(conn.access, 'configure', name)) {
                        out.push(failed(name, KafkaError.TOPIC_AUTHORIZATION_FAILED.code));
                        continue;
                    }
                    topics.create(name, options.numPartitions, {}, conn.access);
                    conn.ctx.log.info({ topic: name, partitions: options.numPartitions }, 'Kafka topic auto-created');
                    t = topics.get(name);
                }
                catch (err) {
                    out.push(failed(name, err instanceof TopicError ? err.code : KafkaError.UNKNOWN_TOPIC_OR_PARTITION.code));
                    continue;
                }
            }
            if (!t)
                out.push(failed(name, KafkaError.UNKNOWN_TOPIC_OR_PARTITION.code));
            else
                out.push({ errorCode: 0, name, isInternal: false, partitions: partitionsOf(t.partitions) });
        }
    }
    return {
        throttleTimeMs: 0,
        brokers: [brokerOf(conn)],
        clusterId: conn.ctx.clusterId,
        controllerId: conn.ctx.nodeId,
        topics: out,
    };
}
export function describeCluster(conn, req) {
    void req.body;
    const b = brokerOf(conn);
    return {
        throttleTimeMs: 0,
        errorCode: 0,
        errorMessage: null,
        clusterId: conn.ctx.clusterId,
        controllerId: conn.ctx.nodeId,
        brokers: [{ brokerId: b.nodeId, host: b.host, port: b.port, rack: null }],
        clusterAuthorizedOperations: NO_OPS,
    };
}
export function saslHandshake(conn, req) {
    const b = req.body;
    return conn.sasl.handshake(req.header.apiVersion, b.mechanism);
}
export function saslAuthenticate(conn, req) {
    const b = req.body;
    const r = conn.sasl.authenticate(b.authBytes);
    if (r.errorCode !== 0) {
        // Kafka closes the connection after a failed authentication, once the reply is out
        setImmediate(() => conn.close('SASL authentication failed'));
    }
    return {
        errorCode: r.errorCode,
        errorMessage: r.message,
        authBytes: r.reply,
        sessionLifetimeMs: 0,
    };
}
export const NO_AUTHORIZED_OPERATIONS = NO_OPS;
export { ApiKey };
//# sourceMappingURL=cluster.js.map