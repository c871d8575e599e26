# kafka-python's KafkaAdminClient against Wharf. argv: bootstrap topic. Prints one JSON line.
import json
import sys

from kafka import KafkaConsumer
from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import TopicAlreadyExistsError

bootstrap, topic = sys.argv[1], sys.argv[2]
a = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=15000)
out = {}
a.create_topics([NewTopic(topic, num_partitions=3, replication_factor=1)])
try:
    a.create_topics([NewTopic(topic, num_partitions=3, replication_factor=1)])
    out["again"] = "created"
except TopicAlreadyExistsError:
    out["again"] = "TOPIC_ALREADY_EXISTS"
out["listed"] = topic in a.list_topics()
c = KafkaConsumer(bootstrap_servers=bootstrap)
out["partitions"] = sorted(c.partitions_for_topic(topic))
c.close()
a.delete_topics([topic])
out["after_delete"] = topic in a.list_topics()
a.close()
print(json.dumps(out))
