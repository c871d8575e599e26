import type { ActionContext, ActionHandler } from './context.js';
/** Every attribute with a value: the settable ones (stored or default) and the read-only ones. */
export declare function attributeValues(ctx: ActionContext, vhostName: string, name: string): Record<string, string>;
export declare const QUEUE_ACTIONS: Record<string, ActionHandler>;
