import type { DefinitionRecord } from '../definitions/definitions.js';
import type { VHost } from './vhost.js';
/** A vhost's current durable topology, for compaction of the definitions log. */
export declare function topologyRecords(v: VHost): DefinitionRecord[];
