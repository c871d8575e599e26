// Live membership of consumer groups that a front coordinates (Kafka's classic groups live in the
// Kafka front: joins, generations, assignments). The engine keeps only their committed offsets
// (store/group-offsets.ts); a front registers a GroupDirectory with the broker while it runs, so the
// management API can show each group's state and members next to its offsets and lag, and refuse
// to reset the offsets of a group that is consuming, as kafka-consumer-groups.sh does.
export {};
//# sourceMappingURL=group-directory.js.map