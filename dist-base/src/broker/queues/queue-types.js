export {};
//# sourceMappingURL=queue-types.js.map