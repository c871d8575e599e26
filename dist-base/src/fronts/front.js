export {};
//# sourceMappingURL=front.js.map