import type { Channel } from './channel.js';
type Handler = (ch: Channel, args: never) => void;
export declare const CHANNEL_METHODS: ReadonlyMap<number, Handler>;
export {};
