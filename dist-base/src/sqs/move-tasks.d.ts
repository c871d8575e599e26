import type { ActionHandler } from './context.js';
export declare class MoveTasks {
    /** by source ARN, most recent last */
    private readonly tasks;
    close(): void;
    private listFor;
    readonly start: ActionHandler;
    readonly list: ActionHandler;
    readonly cancel: ActionHandler;
}
