import { type ActionContext, type ActionHandler } from '../context.js';
import { SUBSCRIPTION_COMPONENT, TOPIC_COMPONENT } from './meta.js';
export { SUBSCRIPTION_COMPONENT, TOPIC_COMPONENT };
export declare function registerSnsComponents(ctx: {
    broker: ActionContext['front']['broker'];
}): void;
export declare const SNS_ACTIONS: Record<string, ActionHandler>;
