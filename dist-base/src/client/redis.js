// wharfmq/client/redis: the Redis dedup store. Its declarations use the types of
// `ioredis` (which ships them); the module loads nothing of it: the caller passes its
// own client or cluster.
export { RedisDedupStore } from './stores/redis.js';
export { RedisOffsetStore } from './streams/redis-offset-store.js';
//# sourceMappingURL=redis.js.map