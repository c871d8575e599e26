import { KafkaError } from '../codec/index.js';
import { fencedAsEpoch } from './transactions.js';
const E = KafkaError;
const MAX_EPOCH = 32767;
export async function initProducerId(conn, req) {
    const b = req.body;
    const fail = (errorCode) => ({ throttleTimeMs: 0, errorCode, producerId: -1, producerEpoch: -1 });
    if (b.transactionalId !== null) {
        if (b.transactionalId === '')
            return fail(E.INVALID_REQUEST.code);
        let r;
        try {
            r = await conn.ctx.txns.initProducerId(b.transactionalId, b.transactionTimeoutMs, b.producerId, b.producerEpoch);
        }
        catch (err) {
            conn.ctx.log.error({ err }, 'Kafka InitProducerId: the transaction state could not be stored');
            return fail(E.COORDINATOR_NOT_AVAILABLE.code);
        }
        // PRODUCER_FENCED is v4's; older versions know INVALID_PRODUCER_EPOCH
        const code = req.header.apiVersion >= 4 ? r.errorCode : fencedAsEpoch(r.errorCode);
        return { throttleTimeMs: 0, errorCode: code, producerId: r.producerId, producerEpoch: r.producerEpoch };
    }
    const producers = conn.ctx.producers;
    if (b.producerId >= 0 && b.producerEpoch >= 0 && b.producerEpoch < MAX_EPOCH) {
        return { throttleTimeMs: 0, errorCode: 0, producerId: b.producerId, producerEpoch: b.producerEpoch + 1 };
    }
    return { throttleTimeMs: 0, errorCode: 0, producerId: producers.newProducerId(), producerEpoch: 0 };
}
//# sourceMappingURL=init-producer-id.js.map