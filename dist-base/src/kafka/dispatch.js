// The flat table from API key to handler: one line per API. ApiVersions advertises exactly the keys
// in this table (with the version ranges of the codec's API_TABLE), so a client never picks an API
// this front does not answer.
import { ApiKey } from './codec/index.js';
import * as cluster from './apis/cluster.js';
import * as admin from './apis/topic-admin.js';
import * as groups from './apis/groups.js';
import * as offsets from './apis/offsets.js';
import * as configs from './apis/configs.js';
import { deleteRecords } from './apis/delete-records.js';
import { fetch } from './apis/fetch.js';
import { initProducerId } from './apis/init-producer-id.js';
import { listOffsets } from './apis/list-offsets.js';
import { produce } from './apis/produce.js';
import * as txn from './apis/transactions.js';
const HANDLERS = new Map([
    [ApiKey.ApiVersions, (c, r) => cluster.apiVersions(c, r, handles)],
    [ApiKey.Metadata, cluster.metadata],
    [ApiKey.DescribeCluster, cluster.describeCluster],
    [ApiKey.SaslHandshake, cluster.saslHandshake],
    [ApiKey.SaslAuthenticate, cluster.saslAuthenticate],
    [ApiKey.Produce, heldWhileAlarmed(produce)],
    [ApiKey.Fetch, fetch],
    [ApiKey.ListOffsets, listOffsets],
    [ApiKey.InitProducerId, initProducerId],
    [ApiKey.CreateTopics, admin.createTopics],
    [ApiKey.DeleteTopics, admin.deleteTopics],
    [ApiKey.CreatePartitions, admin.createPartitions],
    [ApiKey.DeleteRecords, deleteRecords],
    [ApiKey.DescribeConfigs, configs.describeConfigs],
    [ApiKey.AlterConfigs, configs.alterConfigs],
    [ApiKey.IncrementalAlterConfigs, configs.incrementalAlterConfigs],
    [ApiKey.FindCoordinator, groups.findCoordinator],
    [ApiKey.JoinGroup, groups.joinGroup],
    [ApiKey.SyncGroup, groups.syncGroup],
    [ApiKey.Heartbeat, groups.heartbeat],
    [ApiKey.LeaveGroup, groups.leaveGroup],
    [ApiKey.DescribeGroups, groups.describeGroups],
    [ApiKey.ListGroups, groups.listGroups],
    [ApiKey.DeleteGroups, groups.deleteGroups],
    [ApiKey.OffsetCommit, offsets.offsetCommit],
    [ApiKey.OffsetFetch, offsets.offsetFetch],
    [ApiKey.OffsetDelete, offsets.offsetDelete],
    [ApiKey.AddPartitionsToTxn, txn.addPartitionsToTxn],
    [ApiKey.AddOffsetsToTxn, txn.addOffsetsToTxn],
    [ApiKey.EndTxn, txn.endTxn],
    [ApiKey.TxnOffsetCommit, txn.txnOffsetCommit],
]);
/**
 * A write waits while a memory or disk alarm is on, as an AMQP publisher is blocked: the reply comes
 * late, the producer's in-flight requests fill up and the socket stops being read (connection.ts), as a
 * Kafka broker throttles a producer over its quota.
 */
function heldWhileAlarmed(h) {
    return (c, r) => c.ctx.broker.resources.hold(() => h(c, r));
}
function handles(apiKey) {
    return HANDLERS.has(apiKey);
}
/** The handler of an API key; decodeRequest has already refused keys outside API_TABLE. */
export function handlerFor(apiKey) {
    const h = HANDLERS.get(apiKey);
    if (h)
        return h;
    // advertised by the codec but not answered here: not in our ApiVersions, so a client sending it is broken
    return () => {
        throw new Error(`API key ${apiKey} is not served (it is not in this broker's ApiVersions)`);
    };
}
//# sourceMappingURL=dispatch.js.map