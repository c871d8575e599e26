export {};
//# sourceMappingURL=consumer.js.map