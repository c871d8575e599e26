// wharfmq/client/redis: the Redis dedup store. Its declarations use the types of
// `ioredis` (which ships them); the module loads nothing of it: the caller passes its
// own client or cluster.
export { RedisDedupStore, type RedisDedupStoreOptions } from './stores/redis.js';
export { RedisOffsetStore, type RedisOffsetStoreOptions } from './streams/redis-offset-store.js';
