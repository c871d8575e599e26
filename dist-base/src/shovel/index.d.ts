export { SHOVEL_ACTOR, SHOVEL_COMPONENT, ShovelManager, type ShovelManagerOptions } from './manager.js';
