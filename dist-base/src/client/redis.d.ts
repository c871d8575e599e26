export { RedisDedupStore, type RedisDedupStoreOptions } from './stores/redis.js';
export { RedisOffsetStore, type RedisOffsetStoreOptions } from './streams/redis-offset-store.js';
