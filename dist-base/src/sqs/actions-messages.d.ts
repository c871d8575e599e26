import { type ActionHandler } from './context.js';
export declare const MESSAGE_ACTIONS: Record<string, ActionHandler>;
