import { type StreamPartition } from '../../broker/index.js';
import type { StreamBatch } from '../../store/index.js';
import type { KafkaContext } from '../context.js';
export declare function kafkaBatchesOf(ctx: KafkaContext, _p: StreamPartition, batches: StreamBatch[]): Buffer[];
