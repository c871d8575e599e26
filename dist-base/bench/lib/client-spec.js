// Messages between the harness and its client workers (one worker thread = one
// AMQP client, so 4 publishers really are 4 parallel clients).
export {};
//# sourceMappingURL=client-spec.js.map