import type { StreamSegment } from './stream-segment.js';
import type { StreamReadView } from './stream-log.js';
/** What compaction does with one record: undefined keeps it, null drops it, a Buffer replaces its body. */
export type CompactDecision = Buffer | null | undefined;
/**
 * Writes, syncs and checks the compacted copy of seg (file at path, `limit` offsets before the next segment);
 * returns the new segment's index and the path of its file (still to be renamed), or undefined when decide
 * changes nothing.
 */
export declare function writeCompacted(path: string, seg: StreamSegment, limit: number, decide: (v: StreamReadView) => CompactDecision): {
    seg: StreamSegment;
    tmp: string;
} | undefined;
