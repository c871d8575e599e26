export { SHOVEL_ACTOR, SHOVEL_COMPONENT, ShovelManager } from './manager.js';
//# sourceMappingURL=index.js.map