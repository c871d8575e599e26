// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from DescribeClusterRequest.json and DescribeClusterResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeDescribeClusterRequest(r, _v) {
    const fIncludeClusterAuthorizedOperations = r.bool();
    r.skipTaggedFields();
    return { includeClusterAuthorizedOperations: fIncludeClusterAuthorizedOperations };
}
export function encodeDescribeClusterRequest(w, m, _v) {
    w.bool(m.includeClusterAuthorizedOperations);
    w.uvarint(0);
}
export function decodeDescribeClusterResponse(r, v) {
    const fThrottleTimeMs = r.int32();
    const fErrorCode = r.int16();
    const fErrorMessage = r.nullableString(true);
    const fClusterId = r.string(true);
    const fControllerId = r.int32();
    const fBrokers = r.array(true, v, readDescribeClusterResponseDescribeClusterBroker);
    const fClusterAuthorizedOperations = r.int32();
    r.skipTaggedFields();
    return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, errorMessage: fErrorMessage, clusterId: fClusterId, controllerId: fControllerId, brokers: fBrokers, clusterAuthorizedOperations: fClusterAuthorizedOperations };
}
export function encodeDescribeClusterResponse(w, m, v) {
    w.int32(m.throttleTimeMs);
    w.int16(m.errorCode);
    w.nullableString(m.errorMessage, true);
    w.string(m.clusterId, true);
    w.int32(m.controllerId);
    w.array(m.brokers, true, v, writeDescribeClusterResponseDescribeClusterBroker);
    w.int32(m.clusterAuthorizedOperations);
    w.uvarint(0);
}
function readDescribeClusterResponseDescribeClusterBroker(r, _v) {
    const fBrokerId = r.int32();
    const fHost = r.string(true);
    const fPort = r.int32();
    const fRack = r.nullableString(true);
    r.skipTaggedFields();
    return { brokerId: fBrokerId, host: fHost, port: fPort, rack: fRack };
}
function writeDescribeClusterResponseDescribeClusterBroker(w, m, _v) {
    w.int32(m.brokerId);
    w.string(m.host, true);
    w.int32(m.port);
    w.nullableString(m.rack, true);
    w.uvarint(0);
}
//# sourceMappingURL=describe-cluster.js.map