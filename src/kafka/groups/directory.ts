// The Kafka front's consumer groups as the engine's GroupDirectory (broker/streams/group-directory.ts):
// state, members and their assignments, for the management API and `wharf groups`. Assignments are
// the leader's ConsumerProtocolAssignment bytes (Kafka's consumer protocol: version i16, then
// [topic string, [partition i32]], then user data), decoded here for protocol type "consumer" only.
import type { GroupDirectory, GroupInfo } from '../../broker/index.js';
import type { GroupCoordinator } from './coordinator.js';

export function kafkaGroupDirectory(vhost: string, groups: GroupCoordinator): GroupDirectory {
  return {
    groups(v: string): GroupInfo[] {
      if (v !== vhost) return [];
      const out: GroupInfo[] = [];
      for (const { groupId } of groups.list()) {
        const g = groups.group(groupId);
        if (g === undefined || g.isEmpty) continue;
        out.push({
          group: g.groupId,
          state: g.state,
          protocolType: g.protocolType ?? '',
          protocol: g.protocolName,
          members: [...g.members.values()].map((m) => ({
            memberId: m.memberId,
            instanceId: m.groupInstanceId,
            clientId: m.clientId,
            host: m.clientHost,
            assignment: g.protocolType === 'consumer' ? decodeAssignment(m.assignment) : [],
          })),
        });
      }
      return out;
    },
  };
}

/** ConsumerProtocolAssignment's topic partitions; [] when the bytes are not one (never throws). */
export function decodeAssignment(b: Buffer): { stream: string; partitions: number[] }[] {
  try {
    if (b.length < 6) return [];
    let at = 2; // version
    const topics = b.readInt32BE(at);
    at += 4;
    const out: { stream: string; partitions: number[] }[] = [];
    for (let i = 0; i < topics; i++) {
      const len = b.readInt16BE(at);
      at += 2;
      if (len < 0 || at + len > b.length) return [];
      const stream = b.toString('utf8', at, at + len);
      at += len;
      const n = b.readInt32BE(at);
      at += 4;
      if (n < 0 || at + n * 4 > b.length) return [];
      const partitions: number[] = [];
      for (let k = 0; k < n; k++, at += 4) partitions.push(b.readInt32BE(at));
      out.push({ stream, partitions });
    }
    return out;
  } catch {
    return []; // RangeError from a short buffer
  }
}
