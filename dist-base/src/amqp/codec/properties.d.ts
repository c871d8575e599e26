import { type TypedTable } from './field-table.js';
import { type BasicProperties } from './generated.js';
import { Writer } from './writer.js';
export type { BasicProperties };
export declare function decodeProperties(buf: Buffer, offset?: number, end?: number): BasicProperties;
/**
 * Encodes properties; undefined ones are left out. Headers may hold Typed values. `w` is
 * scratch space (reset first); by default a fresh Writer. The result is a copy either way.
 */
export declare function encodeProperties(props: BasicProperties, w?: Writer): Buffer;
/** What the broker's hot path needs from a message's properties, filled by readPropertySummary. */
export interface PropertySummary {
    /** 0 when absent (treat as transient, 1). */
    deliveryMode: number;
    /** 0 when absent. */
    priority: number;
    expiration: string | undefined;
    /** Offset of the headers table contents (after its length) in the scanned buffer, -1 if absent. */
    headersOffset: number;
    headersLength: number;
}
export declare function newPropertySummary(): PropertySummary;
/**
 * Fills `out` (reused across calls, so no allocation besides the expiration string) by
 * scanning flags and skipping fields. Stops after the last property it needs.
 */
export declare function readPropertySummary(buf: Buffer, out: PropertySummary, offset?: number, end?: number): PropertySummary;
/** Typed decode of the headers property (undefined when absent), for byte-exact rewriting. */
export declare function decodeHeadersTyped(buf: Buffer, offset?: number, end?: number): TypedTable | undefined;
/**
 * Re-encodes a property list with new headers (adding the property if absent), keeping every
 * other byte as it was, flags included. Used to add x-death on dead-lettering.
 */
export declare function replaceHeaders(buf: Buffer, headers: Record<string, unknown>, offset?: number, end?: number): Buffer;
