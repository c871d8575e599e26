import type { PropertiesFormat } from '../messages/message.js';
import type { Queue } from '../queues/queue.js';
export interface DeadLetterReasons {
    /** ready messages per most recent death reason; `none` for messages without x-death */
    byReason: Record<string, number>;
    /** ready messages looked at */
    scanned: number;
    /** false when the queue held more ready messages than the limit */
    complete: boolean;
}
export declare function deadLetterReasons(q: Queue, format: PropertiesFormat, limit?: number): DeadLetterReasons;
