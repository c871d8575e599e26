export class RedisOffsetStore {
    #redis;
    #prefix;
    constructor(options) {
        this.#redis = options.redis;
        this.#prefix = options.prefix ?? 'wharf:offset:';
    }
    async load(name) {
        const v = await this.#redis.get(this.#prefix + name);
        return v === null ? undefined : Number(v);
    }
    async save(name, offset) {
        await this.#redis.set(this.#prefix + name, String(offset));
    }
}
//# sourceMappingURL=redis-offset-store.js.map