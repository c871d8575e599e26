# A confluent-kafka (librdkafka) consumer group of three members joining and leaving while records
# are produced, each member committing synchronously after processing each record, with the given
# partition.assignment.strategy. argv: bootstrap topic strategy count.
# Prints one JSON line: what was produced, processed, missing, and processed again after its commit.
import json
import sys
import threading
import time

from confluent_kafka import Consumer, KafkaException, Producer

bootstrap, topic, strategy, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
group = topic + "-churn"
lock = threading.Lock()
processed = []          # (value, member)
committed = set()       # values whose commit succeeded
after_commit = []       # values processed again after their commit succeeded
errors = []


def member(name, stop_at):
    c = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": group,
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
        "partition.assignment.strategy": strategy,
        "session.timeout.ms": 10000,
        "heartbeat.interval.ms": 500,
    })
    c.subscribe([topic])
    deadline = time.time() + 90
    try:
        while time.time() < deadline:
            if stop_at is not None and time.time() >= stop_at:
                break
            if stop_at is None:
                with lock:
                    if len({v for v, _ in processed}) >= count:
                        break
            msg = c.poll(0.2)
            if msg is None or msg.error():
                continue
            v = msg.value().decode()
            with lock:
                if v in committed:
                    after_commit.append(v)
                processed.append((v, name))
            try:
                c.commit(message=msg, asynchronous=False)
                with lock:
                    committed.add(v)
            except KafkaException as e:  # a rebalance took the partition: the record comes again
                with lock:
                    errors.append(e.args[0].name())
    finally:
        c.close()


def produce():
    p = Producer({"bootstrap.servers": bootstrap, "acks": "all", "enable.idempotence": True, "linger.ms": 5})
    for n in range(count):
        p.produce(topic, value=str(n).encode(), key=str(n % 12).encode())
        p.poll(0)
        time.sleep(4.0 / count)
    p.flush(30)


t0 = time.time()
threads = [
    threading.Thread(target=produce),
    threading.Thread(target=member, args=("a", t0 + 5)),
]
for t in threads:
    t.start()
time.sleep(1)
b = threading.Thread(target=member, args=("b", t0 + 3.5))
b.start()
time.sleep(1)
c = threading.Thread(target=member, args=("c", None))
c.start()
for t in threads + [b, c]:
    t.join()
values = {v for v, _ in processed}
print(json.dumps({
    "produced": count,
    "processed_unique": len(values),
    "missing": sorted(set(str(n) for n in range(count)) - values, key=int)[:20],
    "processed_after_commit": after_commit[:20],
    "members_that_processed": sorted({m for _, m in processed}),
    "commit_errors": sorted(set(errors)),
}))
