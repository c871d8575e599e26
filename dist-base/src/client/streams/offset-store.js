// Where a stream consumer keeps the offset it has processed up to, so a restart resumes
// after it. The contract has no driver types in it: the PostgreSQL, Redis and SQLite
// stores are in their entry points, the broker-held one is `client.brokerOffsetStore()`.
/** In this process only (tests, or consumers that may start over). */
export class MemoryOffsetStore {
    #offsets = new Map();
    async load(name) {
        return this.#offsets.get(name);
    }
    async save(name, offset) {
        this.#offsets.set(name, offset);
    }
}
//# sourceMappingURL=offset-store.js.map