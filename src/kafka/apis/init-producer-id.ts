// InitProducerId for idempotent producers: a fresh producer id at epoch 0. With a producer id and
// epoch (v3+, KIP-360: a producer recovering from an error) the same id gets the next epoch, which
// fences its older batches. Transactional ids are refused until transactions are served.
import type { KafkaConnection, Reply } from '../connection.js';
import { KafkaError, type InitProducerIdRequest, type KafkaRequest } from '../codec/index.js';

const E = KafkaError;
const MAX_EPOCH = 32767;

export function initProducerId(conn: KafkaConnection, req: KafkaRequest): Reply {
  const b = req.body as InitProducerIdRequest;
  const fail = (errorCode: number) => ({ throttleTimeMs: 0, errorCode, producerId: -1, producerEpoch: -1 });
  if (b.transactionalId !== null) return fail(E.TRANSACTIONAL_ID_AUTHORIZATION_FAILED.code);
  const producers = conn.ctx.producers;
  if (b.producerId >= 0 && b.producerEpoch >= 0 && b.producerEpoch < MAX_EPOCH) {
    return { throttleTimeMs: 0, errorCode: 0, producerId: b.producerId, producerEpoch: b.producerEpoch + 1 };
  }
  return { throttleTimeMs: 0, errorCode: 0, producerId: producers.newProducerId(), producerEpoch: 0 };
}
