# confluent-kafka's AdminClient (librdkafka) describing and altering topic configs on Wharf.
# argv: bootstrap topic. Prints one JSON line with what the client saw.
import json
import sys

from confluent_kafka.admin import AdminClient, ConfigResource

bootstrap, topic = sys.argv[1], sys.argv[2]
a = AdminClient({"bootstrap.servers": bootstrap})
out = {}


def describe(res):
    [(_, f)] = a.describe_configs([res]).items()
    return {k: (c.value, c.is_default, c.source) for k, c in f.result(15).items()}


topic_res = ConfigResource(ConfigResource.Type.TOPIC, topic)
out["before"] = describe(topic_res)
alter = ConfigResource(
    ConfigResource.Type.TOPIC,
    topic,
    set_config={"retention.ms": "3600000", "max.message.bytes": "2000", "cleanup.policy": "delete"},
)
for _, f in a.alter_configs([alter]).items():
    f.result(15)
out["after"] = describe(topic_res)
try:
    bad = ConfigResource(ConfigResource.Type.TOPIC, topic, set_config={"cleanup.policy": "archive"})
    [(_, f)] = a.alter_configs([bad]).items()
    f.result(15)
    out["bad_policy"] = "accepted"
except Exception as e:  # KafkaException carrying INVALID_CONFIG
    out["bad_policy"] = e.args[0].name()
broker = describe(ConfigResource(ConfigResource.Type.BROKER, "1"))
out["broker_partitions"] = broker["num.partitions"][0]
try:
    describe(ConfigResource(ConfigResource.Type.TOPIC, topic + "-missing"))
    out["missing"] = "found"
except Exception as e:
    out["missing"] = e.args[0].name()
print(json.dumps(out))
