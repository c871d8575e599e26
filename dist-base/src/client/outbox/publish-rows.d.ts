import type { Publisher } from '../types.js';
import type { OutboxRow, PublishOutcome } from './types.js';
export declare function publishRows(publisher: Publisher, rows: readonly OutboxRow[], timeoutMs: number): Promise<PublishOutcome[]>;
