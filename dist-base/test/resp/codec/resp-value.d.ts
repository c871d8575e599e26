import { ReplyWriter, type RespVersion } from '../../../src/resp/codec/index.js';
export type RespValue = {
    t: '+';
    v: string;
} | {
    t: '-';
    v: Buffer;
} | {
    t: ':';
    v: bigint;
} | {
    t: '$';
    v: Buffer | null;
} | {
    t: '*';
    v: RespValue[] | null;
} | {
    t: '_';
} | {
    t: ',';
    v: string;
} | {
    t: '#';
    v: boolean;
} | {
    t: '=';
    format: string;
    v: Buffer;
} | {
    t: '(';
    v: string;
} | {
    t: '%';
    v: [RespValue, RespValue][];
} | {
    t: '~';
    v: RespValue[];
} | {
    t: '>';
    v: RespValue[];
};
/** Reads one value at `pos`; returns it and the next position, or null if incomplete. */
export declare function readValue(buf: Buffer, pos: number): [RespValue, number] | null;
/**
 * Writes a value through the writer's API. A RESP2 reply has no map/set/null types, so the
 * caller says which RESP2 arrays are maps (`mapsAt`) when that matters; here RESP2 values are
 * written with their RESP2 types, and RESP3 values with their own.
 */
export declare function writeValue(w: ReplyWriter, v: RespValue): void;
export declare function serialise(v: RespValue, protocol: RespVersion): Buffer;
