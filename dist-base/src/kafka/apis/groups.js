import { KafkaError, } from '../codec/index.js';
import { groupAllowed } from '../access.js';
import { NO_AUTHORIZED_OPERATIONS } from './cluster.js';
const E = KafkaError;
export function findCoordinator(conn, req) {
    const b = req.body;
    // key type 0 = group, 1 = transaction: this node coordinates both
    if (b.keyType === 0 && !groupAllowed(conn.access, b.key)) {
        return {
            throttleTimeMs: 0,
            errorCode: E.GROUP_AUTHORIZATION_FAILED.code,
            errorMessage: 'Group authorization failed.',
            nodeId: -1,
            host: '',
            port: -1,
        };
    }
    return {
        throttleTimeMs: 0,
        errorCode: 0,
        errorMessage: null,
        nodeId: conn.ctx.nodeId,
        host: conn.ctx.advertisedHost,
        port: conn.socket.localPort ?? 0,
    };
}
export function joinGroup(conn, req) {
    const b = req.body;
    const fail = (errorCode) => ({
        throttleTimeMs: 0,
        errorCode,
        generationId: -1,
        protocolName: '',
        leader: '',
        memberId: b.memberId,
        members: [],
    });
    if (b.groupId === '')
        return fail(E.INVALID_GROUP_ID.code);
    if (!groupAllowed(conn.access, b.groupId))
        return fail(E.GROUP_AUTHORIZATION_FAILED.code);
    const o = conn.ctx.groups.options;
    if (b.sessionTimeoutMs < o.minSessionTimeoutMs || b.sessionTimeoutMs > o.maxSessionTimeoutMs)
        return fail(E.INVALID_SESSION_TIMEOUT.code);
    const group = conn.ctx.groups.group(b.groupId, true);
    // JoinGroup v0 has no rebalance timeout: Kafka uses the session timeout
    const body = req.header.apiVersion === 0 ? { ...b, rebalanceTimeoutMs: b.sessionTimeoutMs } : b;
    const clientId = req.header.clientId ?? '';
    return group.join(body, {
        version: req.header.apiVersion,
        clientId,
        clientHost: `/${conn.socket.remoteAddress ?? ''}`,
        newMemberId: () => conn.ctx.groups.newMemberId(clientId),
    });
}
export function syncGroup(conn, req) {
    const b = req.body;
    if (!groupAllowed(conn.access, b.groupId))
        return { throttleTimeMs: 0, errorCode: E.GROUP_AUTHORIZATION_FAILED.code, assignment: Buffer.alloc(0) };
    const group = conn.ctx.groups.group(b.groupId);
    if (!group)
        return { throttleTimeMs: 0, errorCode: E.UNKNOWN_MEMBER_ID.code, assignment: Buffer.alloc(0) };
    return group.sync(b.memberId, b.groupInstanceId, b.generationId, b.assignments);
}
export function heartbeat(conn, req) {
    const b = req.body;
    if (!groupAllowed(conn.access, b.groupId))
        return { throttleTimeMs: 0, errorCode: E.GROUP_AUTHORIZATION_FAILED.code };
    const group = conn.ctx.groups.group(b.groupId);
    const errorCode = group
        ? group.heartbeat(b.memberId, b.groupInstanceId, b.generationId)
        : E.UNKNOWN_MEMBER_ID.code;
    return { throttleTimeMs: 0, errorCode };
}
export function leaveGroup(conn, req) {
    const b = req.body;
    if (!groupAllowed(conn.access, b.groupId))
        return { throttleTimeMs: 0, errorCode: E.GROUP_AUTHORIZATION_FAILED.code, members: [] };
    const group = conn.ctx.groups.group(b.groupId);
    // v0-2 name one member; v3+ a batch, each with its own result
    if (req.header.apiVersion < 3) {
        const errorCode = group ? group.leave(b.memberId, null) : E.UNKNOWN_MEMBER_ID.code;
        return { throttleTimeMs: 0, errorCode, members: [] };
    }
    return {
        throttleTimeMs: 0,
        errorCode: 0,
        members: b.members.map((m) => ({
            memberId: m.memberId,
            groupInstanceId: m.groupInstanceId,
            errorCode: group ? group.leave(m.memberId, m.groupInstanceId) : E.UNKNOWN_MEMBER_ID.code,
        })),
    };
}
export function describeGroups(conn, req) {
    const b = req.body;
    return {
        throttleTimeMs: 0,
        groups: b.groups.map((id) => {
            const base = { groupId: id, authorizedOperations: NO_AUTHORIZED_OPERATIONS };
            if (!groupAllowed(conn.access, id))
                return {
                    ...base,
                    errorCode: E.GROUP_AUTHORIZATION_FAILED.code,
                    groupState: '',
                    protocolType: '',
                    protocolData: '',
                    members: [],
                };
            const g = conn.ctx.groups.group(id);
            if (!g || g.state === 'Dead') {
                // Kafka describes an unknown group as Dead, without an error
                const known = conn.ctx.groups.exists(id);
                return {
                    ...base,
                    errorCode: 0,
                    groupState: known ? 'Empty' : 'Dead',
                    protocolType: known ? 'consumer' : '',
                    protocolData: '',
                    members: [],
                };
            }
            const stable = g.state === 'Stable';
            return {
                ...base,
                errorCode: 0,
                groupState: g.state,
                protocolType: g.protocolType ?? '',
                protocolData: stable || g.state === 'CompletingRebalance' ? (g.protocolName ?? '') : '',
                members: [...g.members.values()].map((m) => ({
                    memberId: m.memberId,
                    groupInstanceId: m.groupInstanceId,
                    clientId: m.clientId,
                    clientHost: m.clientHost,
                    memberMetadata: m.protocols.find((p) => p.name === g.protocolName)?.metadata ?? Buffer.alloc(0),
                    memberAssignment: stable ? m.assignment : Buffer.alloc(0),
                })),
            };
        }),
    };
}
export function listGroups(conn, req) {
    const b = req.body;
    const filter = b.statesFilter.map((s) => s.toLowerCase());
    return {
        throttleTimeMs: 0,
        errorCode: 0,
        groups: conn.ctx.groups
            .list()
            .filter((g) => groupAllowed(conn.access, g.groupId))
            .filter((g) => filter.length === 0 || filter.includes(g.state.toLowerCase()))
            .map((g) => ({ groupId: g.groupId, protocolType: g.protocolType, groupState: g.state })),
    };
}
export async function deleteGroups(conn, req) {
    const b = req.body;
    const results = [];
    for (const groupId of b.groupsNames) {
        if (!groupAllowed(conn.access, groupId)) {
            results.push({ groupId, errorCode: E.GROUP_AUTHORIZATION_FAILED.code });
            continue;
        }
        const r = await conn.ctx.groups.delete(groupId);
        const errorCode = r === 'deleted' ? 0 : r === 'not-empty' ? E.NON_EMPTY_GROUP.code : E.GROUP_ID_NOT_FOUND.code;
        results.push({ groupId, errorCode });
    }
    return { throttleTimeMs: 0, results };
}
//# sourceMappingURL=groups.js.map