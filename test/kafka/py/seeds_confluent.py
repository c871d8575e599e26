# The seeds' confluent_kafka code (seeds/002, "Kafka Producer/Consumer"), run as written against
# Wharf: acks=all, enable.idempotence, lz4, linger.ms=5, keyed events; a consumer group with
# manual commits after processing. argv: bootstrap topic group count.
# Prints one JSON line: what the handler saw, per key in order, and the group's committed offsets.
import json
import sys

from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition

# ---- seeds/002 as written ----------------------------------------------------------------------


def create_kafka_producer(bootstrap_servers: str) -> Producer:
    return Producer({
        "bootstrap.servers": bootstrap_servers,
        "acks": "all",                    # Wait for all replicas
        "enable.idempotence": True,       # Exactly-once per partition
        "max.in.flight.requests.per.connection": 5,
        "delivery.timeout.ms": 120000,    # 2min total delivery timeout
        "linger.ms": 5,                   # Batch for 5ms before sending
        "compression.type": "lz4",
    })


def publish_event(producer: Producer, topic: str, key: str, event: dict):
    """Publish with partition key for ordering guarantees."""
    producer.produce(
        topic=topic,
        key=key.encode("utf-8"),          # Same key -> same partition -> ordered
        value=json.dumps(event).encode("utf-8"),
        callback=lambda err, msg: err and print(f"Delivery failed: {err}"),
    )
    producer.poll(0)                      # Trigger callbacks without blocking


def consume_loop(bootstrap_servers: str, group_id: str, topics: list[str], handler):
    """Process-then-commit loop with graceful shutdown."""
    consumer = Consumer({
        "bootstrap.servers": bootstrap_servers,
        "group.id": group_id,
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,      # Manual commit after processing
        "max.poll.interval.ms": 300000,
    })
    consumer.subscribe(topics)
    try:
        while True:
            msg = consumer.poll(timeout=1.0)
            if msg is None:
                continue
            if msg.error():
                if msg.error().code() == KafkaError._PARTITION_EOF:
                    continue
                raise RuntimeError(msg.error())
            handler(json.loads(msg.value().decode("utf-8")))
            consumer.commit(asynchronous=False)
    finally:
        consumer.close()

# ---- the run -----------------------------------------------------------------------------------


class Done(Exception):
    pass


bootstrap, topic, group, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
keys = [f"user-{i}" for i in range(7)]
p = create_kafka_producer(bootstrap)
failures = []
delivered = {}


def on_delivery(err, msg):
    if err:
        failures.append(str(err))
    else:
        delivered[msg.partition()] = delivered.get(msg.partition(), 0) + 1


for n in range(count):
    k = keys[n % len(keys)]
    # the seeds' publish_event, with a delivery report to count what was acknowledged
    p.produce(topic=topic, key=k.encode(), value=json.dumps({"key": k, "n": n}).encode(), callback=on_delivery)
    p.poll(0)
    if n == 0:
        publish_event(p, topic, "seed-key", {"key": "seed-key", "n": -1})
left = p.flush(30)

seen = []


def handler(event):
    seen.append(event)
    if len(seen) == count + 1:
        raise Done()


try:
    consume_loop(bootstrap, group, [topic], handler)
except Done:
    pass

# the committed offsets, as a fresh member of the group reads them
c = Consumer({"bootstrap.servers": bootstrap, "group.id": group})
parts = [TopicPartition(topic, i) for i in range(len(delivered) or 1)]
md = c.list_topics(topic, timeout=10)
parts = [TopicPartition(topic, i) for i in md.topics[topic].partitions]
committed = {tp.partition: tp.offset for tp in c.committed(parts, timeout=10)}
c.close()
by_key = {}
for e in seen:
    by_key.setdefault(e["key"], []).append(e["n"])
print(json.dumps({
    "left": left,
    "failures": failures,
    "delivered": sum(delivered.values()),
    "seen": len(seen),
    "ordered": all(v == sorted(v) for v in by_key.values()),
    "keys": len(by_key),
    "committed": committed,
}))
