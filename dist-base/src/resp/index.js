export { RespServer } from './server.js';
//# sourceMappingURL=index.js.map