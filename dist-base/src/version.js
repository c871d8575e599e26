export const VERSION = '0.1.0';
//# sourceMappingURL=version.js.map