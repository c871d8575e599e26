# confluent-kafka's AdminClient (librdkafka) against Wharf: create, list, grow and delete topics.
# argv: bootstrap topic. Prints one JSON line with what the client saw.
import json
import sys

from confluent_kafka.admin import AdminClient, NewPartitions, NewTopic

bootstrap, topic = sys.argv[1], sys.argv[2]
a = AdminClient({"bootstrap.servers": bootstrap})
out = {}
for t, f in a.create_topics([NewTopic(topic, num_partitions=2, replication_factor=1)]).items():
    f.result(15)
md = a.list_topics(timeout=15)
out["brokers"] = [f"{b.host}:{b.port}" for b in md.brokers.values()]
out["controller"] = md.controller_id
out["partitions"] = len(md.topics[topic].partitions)
try:
    a.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])[topic].result(15)
    out["again"] = "created"
except Exception as e:  # KafkaException carrying TOPIC_ALREADY_EXISTS
    out["again"] = e.args[0].name()
try:
    a.create_topics([NewTopic(topic + "-rf", num_partitions=1, replication_factor=3)])[topic + "-rf"].result(15)
    out["rf3"] = "created"
except Exception as e:
    out["rf3"] = e.args[0].name()
a.create_partitions([NewPartitions(topic, 3)])[topic].result(15)
out["grown"] = len(a.list_topics(topic, timeout=15).topics[topic].partitions)
a.delete_topics([topic])[topic].result(15)
out["after_delete"] = topic in a.list_topics(timeout=15).topics
print(json.dumps(out))
