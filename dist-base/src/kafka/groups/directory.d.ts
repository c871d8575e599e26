import type { GroupDirectory } from '../../broker/index.js';
import type { GroupCoordinator } from './coordinator.js';
export declare function kafkaGroupDirectory(vhost: string, groups: GroupCoordinator): GroupDirectory;
/** ConsumerProtocolAssignment's topic partitions; [] when the bytes are not one (never throws). */
export declare function decodeAssignment(b: Buffer): {
    stream: string;
    partitions: number[];
}[];
