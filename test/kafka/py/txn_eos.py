# The exactly-once consume-transform-produce loop with confluent-kafka (librdkafka), as its
# documentation writes it: a read_committed consumer with manual offsets, a transactional producer
# that sends each batch's results and the consumer's offsets in one transaction. In the middle one
# transaction is aborted (its records must never reach a read_committed reader), and at the end a
# second producer with the same transactional.id fences the first.
# argv: bootstrap in_topic out_topic group count.
# Prints one JSON line with what a read_committed and a read_uncommitted reader of out_topic saw.
import json
import sys
import time

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition

bootstrap, in_topic, out_topic, group, count = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
txn_id = group + "-txn"

src = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "linger.ms": 5})
for n in range(count):
    src.produce(in_topic, key=str(n % 4).encode(), value=str(n).encode())
assert src.flush(30) == 0

consumer = Consumer({
    "bootstrap.servers": bootstrap,
    "group.id": group,
    "enable.auto.commit": False,
    "auto.offset.reset": "earliest",
    "isolation.level": "read_committed",
})
consumer.subscribe([in_topic])
producer = Producer({"bootstrap.servers": bootstrap, "transactional.id": txn_id, "linger.ms": 5})
producer.init_transactions(30)

done = 0
aborted_once = False
transactions = 0
deadline = time.time() + 60
while done < count and time.time() < deadline:
    msgs = consumer.consume(50, 1.0)
    msgs = [m for m in msgs if m.error() is None]
    if not msgs:
        continue
    if not aborted_once:
        # a transaction that is aborted: its records are written, then rolled back
        producer.begin_transaction()
        for m in msgs:
            producer.produce(out_topic, key=m.key(), value=b"ABORTED-" + m.value())
        producer.flush(30)
        producer.abort_transaction(30)
        aborted_once = True
    producer.begin_transaction()
    for m in msgs:
        producer.produce(out_topic, key=m.key(), value=b"x" + m.value())
    producer.send_offsets_to_transaction(
        consumer.position(consumer.assignment()), consumer.consumer_group_metadata(), 30)
    producer.commit_transaction(30)
    transactions += 1
    done += len(msgs)
consumer.close()

# the group's committed offset is what the last transaction committed
probe = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False})
committed = probe.committed([TopicPartition(in_topic, 0)], 10)[0].offset
probe.close()

# a second instance takes the transactional id: the first is fenced
fenced = None
p2 = Producer({"bootstrap.servers": bootstrap, "transactional.id": txn_id})
p2.init_transactions(30)
try:
    producer.begin_transaction()
    producer.produce(out_topic, value=b"FENCED")
    producer.commit_transaction(10)
    fenced = "not fenced"
except KafkaException as e:
    fenced = e.args[0].name()
p2.begin_transaction()
p2.produce(out_topic, value=b"p2")
p2.commit_transaction(30)


def read_all(isolation):
    c = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": group + "-check-" + isolation,
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
        "isolation.level": isolation,
        "enable.partition.eof": True,
    })
    c.subscribe([out_topic])
    seen = []
    eof = False
    end = time.time() + 30
    while not eof and time.time() < end:
        m = c.poll(1.0)
        if m is None:
            continue
        if m.error():
            eof = m.error().code() == -191  # _PARTITION_EOF
            continue
        seen.append(m.value().decode())
    c.close()
    return seen


print(json.dumps({
    "processed": done,
    "transactions": transactions,
    "committed": committed,
    "fenced": fenced,
    "read_committed": read_all("read_committed"),
    "read_uncommitted": read_all("read_uncommitted"),
}))
