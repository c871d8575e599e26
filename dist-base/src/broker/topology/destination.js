export {};
//# sourceMappingURL=destination.js.map