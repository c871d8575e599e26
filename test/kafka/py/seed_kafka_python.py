# kafka-python as the seeds use it (seeds/000: producer.send(...).get(), a KafkaConsumer in a group
# with auto_offset_reset='earliest'), keyed for per-partition order. argv: bootstrap topic group count.
import json
import sys

from kafka import KafkaConsumer, KafkaProducer

bootstrap, topic, group, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
offsets = []
for n in range(count):
    user_id = f"user-{n % 5}"
    md = producer.send(topic, key=user_id.encode(), value=json.dumps({"user": user_id, "n": n}).encode()).get(timeout=30)
    offsets.append([md.partition, md.offset])
producer.close()

consumer = KafkaConsumer(
    topic,
    bootstrap_servers=bootstrap,
    group_id=group,  # Shared among consumers
    auto_offset_reset="earliest",
    enable_auto_commit=False,
    consumer_timeout_ms=10000,
)
seen = []
for msg in consumer:
    seen.append(json.loads(msg.value))
    consumer.commit()
    if len(seen) == count:
        break
consumer.close()
by_user = {}
for e in seen:
    by_user.setdefault(e["user"], []).append(e["n"])
print(json.dumps({
    "seen": len(seen),
    "ordered": all(v == sorted(v) for v in by_user.values()),
    "distinct_offsets": len({tuple(o) for o in offsets}),
}))
