import type { SqsFront } from '../context.js';
/** Sets the tap of every topic's exchange (at start: taps are not recorded). */
export declare function tapAllTopics(front: SqsFront): void;
/** Sets the tap of one topic's exchange, unless it has it (an exchange declared anew has none). */
export declare function tapTopic(front: SqsFront, vhostName: string, topic: string): void;
