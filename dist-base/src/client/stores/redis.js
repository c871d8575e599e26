import { ttlMs } from './ttl.js';
// KEYS[1] the key, ARGV[1] the lease in ms. An absent key (never claimed, released, or
// expired) is claimed; any value other than `processing` counts as done, which includes
// the `1` written by earlier versions of this store.
const CLAIM = `local v = redis.call('GET', KEYS[1])
if not v then
  redis.call('SET', KEYS[1], 'processing', 'PX', ARGV[1])
  return 'claimed'
end
if v == 'processing' then return 'processing' end
return 'done'`;
// Deletes the key only while it is a lease: a done entry is never released.
const RELEASE = `if redis.call('GET', KEYS[1]) == 'processing' then
  return redis.call('DEL', KEYS[1])
end
return 0`;
// Extends the key's expiry only while it is a lease: a done (or gone) key is not renewed.
const RENEW = `if redis.call('GET', KEYS[1]) == 'processing' then
  return redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return 0`;
export class RedisDedupStore {
    #redis;
    #prefix;
    constructor(options) {
        this.#redis = options.redis;
        this.#prefix = options.prefix ?? 'wharf:dedup:';
    }
    async claim(key, leaseSeconds) {
        const ms = ttlMs(leaseSeconds);
        // EVAL with one key: a Cluster routes it to the key's slot.
        return (await this.#redis.eval(CLAIM, 1, this.#prefix + key, ms));
    }
    async complete(key, ttlSeconds) {
        await this.#redis.set(this.#prefix + key, 'done', 'PX', ttlMs(ttlSeconds));
    }
    async renew(key, leaseSeconds) {
        return (await this.#redis.eval(RENEW, 1, this.#prefix + key, ttlMs(leaseSeconds))) === 1;
    }
    async release(key) {
        await this.#redis.eval(RELEASE, 1, this.#prefix + key);
    }
}
//# sourceMappingURL=redis.js.map