import { type Warn } from './recovery.js';
import { StreamSegment } from './stream-segment.js';
export interface ScannedStreamSegment {
    seg: StreamSegment;
    /** Damaged stretches skipped (each one corrupt record or more). */
    holes: number;
    /** More records than offsets before the next segment's base: the caller truncates the file at seg.size. */
    overlap: boolean;
}
/**
 * Scans the segment file at path whose first offset is base; `limit` is the number of offsets before the next
 * segment's base (Infinity for the last segment).
 */
export declare function scanStreamSegment(path: string, base: number, limit: number, warn: Warn): ScannedStreamSegment;
