// The store-agnostic part of the dedup stores, re-exported by `wharfmq/client`: the
// in-process store only. The stores that take a pg Pool, an ioredis client or a
// better-sqlite3 Database have entry points of their own (`wharfmq/client/postgres`,
// `/redis`, `/sqlite`), so the declarations of `wharfmq/client` name none of those
// packages' types and a strict project type-checks without them installed.
export { MemoryDedupStore } from './memory.js';
//# sourceMappingURL=index.js.map