export {};
//# sourceMappingURL=server-context.js.map