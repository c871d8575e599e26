export interface GroupMemberInfo {
    memberId: string;
    /** static membership's group.instance.id */
    instanceId: string | null;
    clientId: string;
    host: string;
    /** what the group's leader assigned to it: stream (topic) → partitions */
    assignment: {
        stream: string;
        partitions: number[];
    }[];
}
export interface GroupInfo {
    group: string;
    /** the front's own state name (Kafka: Empty, PreparingRebalance, CompletingRebalance, Stable, Dead) */
    state: string;
    protocolType: string;
    /** the assignor the members agreed on, when a generation is running */
    protocol: string | null;
    members: GroupMemberInfo[];
}
export interface GroupDirectory {
    /** the groups with members in the vhost (groups known only by their offsets need not be listed) */
    groups(vhost: string): GroupInfo[];
}
