// CreateTopics, DeleteTopics, CreatePartitions: topics are streams in the listener's vhost
// (topics.ts). Replication factor and replica assignments name the only node there is: -1 or 1
// are accepted, anything more is INVALID_REPLICATION_FACTOR, as a one-broker Kafka answers.
import type { KafkaConnection, Reply } from '../connection.js';
import {
  KafkaError,
  type CreatePartitionsRequest,
  type CreateTopicsRequest,
  type DeleteTopicsRequest,
  type KafkaRequest,
} from '../codec/index.js';
import { topicAllowed } from '../access.js';
import { configsToArgs } from '../topic-configs.js';
import { topicErrorCode } from '../topics.js';

const E = KafkaError;

export function createTopics(conn: KafkaConnection, req: KafkaRequest): Reply {
  const b = req.body as CreateTopicsRequest;
  const { topics, options, log } = conn.ctx;
  const seen = new Set<string>();
  return {
    throttleTimeMs: 0,
    topics: b.topics.map((t) => {
      const result = (errorCode: number, errorMessage: string | null = null) => ({
        name: t.name,
        errorCode,
        errorMessage,
      });
      if (seen.has(t.name))
        return result(
          E.INVALID_REQUEST.code,
          `Create topics request from client contains the topic '${t.name}' more than once`,
        );
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
      if (
        explicit
          ? t.assignments.some(
              (a) => a.brokerIds.some((id) => id !== conn.ctx.nodeId) || a.brokerIds.length !== 1,
            )
          : rf !== -1 && rf !== 1
      ) {
        return result(
          E.INVALID_REPLICATION_FACTOR.code,
          `Replication factor: ${rf} larger than available brokers: 1.`,
        );
      }
      let args: Record<string, unknown>;
      try {
        args = configsToArgs(t.configs);
      } catch (err) {
        return result(E.INVALID_CONFIG.code, (err as Error).message);
      }
      try {
        topics.create(t.name, partitions, args, conn.access, b.validateOnly);
      } catch (err) {
        const e = topicErrorCode(err);
        return result(e.code, e.message);
      }
      if (!b.validateOnly) log.info({ topic: t.name, partitions, user: conn.user }, 'Kafka topic created');
      return result(0);
    }),
  };
}

export function deleteTopics(conn: KafkaConnection, req: KafkaRequest): Reply {
  const b = req.body as DeleteTopicsRequest;
  return {
    throttleTimeMs: 0,
    responses: b.topicNames.map((name) => {
      if (!topicAllowed(conn.access, 'configure', name))
        return { name, errorCode: E.TOPIC_AUTHORIZATION_FAILED.code };
      try {
        conn.ctx.topics.delete(name, conn.access);
      } catch (err) {
        return { name, errorCode: topicErrorCode(err).code };
      }
      conn.ctx.log.info({ topic: name, user: conn.user }, 'Kafka topic deleted');
      return { name, errorCode: 0 };
    }),
  };
}

export function createPartitions(conn: KafkaConnection, req: KafkaRequest): Reply {
  const b = req.body as CreatePartitionsRequest;
  return {
    throttleTimeMs: 0,
    results: b.topics.map((t) => {
      const result = (errorCode: number, errorMessage: string | null = null) => ({
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
      } catch (err) {
        const e = topicErrorCode(err);
        return result(e.code, e.message);
      }
      return result(0);
    }),
  };
}
