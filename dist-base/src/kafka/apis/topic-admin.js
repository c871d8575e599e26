import { KafkaError, } from '../codec/index.js';
import { topicAllowed } from '../access.js';
import { configsToSpec } from '../topic-configs.js';
import { topicErrorCode } from '../topics.js';
const E = KafkaError;
export function createTopics(conn, req) {
    const b = req.body;
    const { topics, options, log } = conn.ctx;
    const seen = new Set();
    return {
        throttleTimeMs: 0,
        topics: b.topics.map((t) => {
            const result = (errorCode, errorMessage = null) => ({
                name: t.name,
                errorCode,
                errorMessage,
            });
            if (seen.has(t.name))
                return result(E.INVALID_REQUEST.code, `Create topics request from client contains the topic '${t.name}' more than once`);
            seen.add(t.name);
            if (!topicAllowed(conn.access, 'configure', t.name))
                return result(E.TOPIC_AUTHORIZATION_FAILED.code, `Authorization failed.`);
            const explicit = t.assignments.length > 0;
            const partitions = explicit
                ? t.assignments.length
                : t.numPartitions === -1
                    ? options.numPartitions
                    : t.numPartitions;
            const rf = t.replicationFactor;
            if (explicit
                ? t.assignments.some((a) => a.brokerIds.some((id) => id !== conn.ctx.nodeId) || a.brokerIds.length !== 1)
                : rf !== -1 && rf !== 1) {
                return result(E.INVALID_REPLICATION_FACTOR.code, `Replication factor: ${rf} larger than available brokers: 1.`);
            }
            let spec;
            try {
                spec = configsToSpec(t.configs);
            }
            catch (err) {
                return result(E.INVALID_CONFIG.code, err.message);
            }
            try {
                topics.create(t.name, partitions, spec, conn.access, b.validateOnly);
            }
            catch (err) {
                const e = topicErrorCode(err);
                return result(e.code, e.message);
            }
            if (!b.validateOnly)
                log.info({ topic: t.name, partitions, user: conn.user }, 'Kafka topic created');
            return result(0);
        }),
    };
}
export function deleteTopics(conn, req) {
    const b = req.body;
    return {
        throttleTimeMs: 0,
        responses: b.topicNames.map((name) => {
            if (!topicAllowed(conn.access, 'configure', name))
                return { name, errorCode: E.TOPIC_AUTHORIZATION_FAILED.code };
            try {
                conn.ctx.topics.delete(name);
            }
            catch (err) {
                return { name, errorCode: topicErrorCode(err).code };
            }
            conn.ctx.log.info({ topic: name, user: conn.user }, 'Kafka topic deleted');
            return { name, errorCode: 0 };
        }),
    };
}
export function createPartitions(conn, req) {
    const b = req.body;
    return {
        throttleTimeMs: 0,
        results: b.topics.map((t) => {
            const result = (errorCode, errorMessage = null) => ({
                name: t.name,
                errorCode,
                errorMessage,
            });
            if (!topicAllowed(conn.access, 'configure', t.name))
                return result(E.TOPIC_AUTHORIZATION_FAILED.code, 'Authorization failed.');
            if (t.assignments?.some((a) => a.brokerIds.some((id) => id !== conn.ctx.nodeId)))
                return result(E.INVALID_REPLICA_ASSIGNMENT.code, 'Unknown broker id in the assignment.');
            try {
                conn.ctx.topics.addPartitions(t.name, t.count, conn.access, b.validateOnly);
            }
            catch (err) {
                const e = topicErrorCode(err);
                return result(e.code, e.message);
            }
            return result(0);
        }),
    };
}
//# sourceMappingURL=topic-admin.js.map