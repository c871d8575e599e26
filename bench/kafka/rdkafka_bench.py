# librdkafka (confluent-kafka) side of bench/kafka.ts. argv: mode bootstrap topic count size.
# produce: acks=all, linger.ms=5, 1 KiB values; consume: from the beginning until count records.
# Prints one JSON line: seconds and records.
import json
import sys
import time

from confluent_kafka import Consumer, Producer

mode, bootstrap, topic, count, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
value = b"x" * size
if mode == "produce":
    p = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 5, "enable.idempotence": True,
                  "queue.buffering.max.messages": 1000000})
    failed = [0]

    def report(err, msg):
        if err is not None:
            failed[0] += 1

    t0 = time.perf_counter()
    for i in range(count):
        while True:
            try:
                p.produce(topic, value=value, key=str(i % 64).encode(), on_delivery=report)
                break
            except BufferError:
                p.poll(0.001)
        if i % 1000 == 0:
            p.poll(0)
    p.flush(120)
    print(json.dumps({"seconds": time.perf_counter() - t0, "records": count, "failed": failed[0]}))
else:
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "bench-" + topic, "auto.offset.reset": "earliest",
                  "enable.auto.commit": False, "fetch.max.bytes": 52428800})
    c.subscribe([topic])
    n = 0
    t0 = None
    while n < count:
        msgs = c.consume(10000, 5.0)
        if not msgs:
            continue
        if t0 is None:
            t0 = time.perf_counter()
        n += sum(1 for m in msgs if m.error() is None)
    secs = time.perf_counter() - t0
    c.close()
    print(json.dumps({"seconds": secs, "records": n}))
