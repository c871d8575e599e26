# librdkafka (confluent-kafka) side of bench/kafka.ts. argv: mode bootstrap topic count size.
# produce: acks=all, linger.ms=5, 1 KiB values, timed after a warm-up; consume: every partition from its start
# until count records;
# latency-consume / latency-produce (two processes): a consumer subscribed first, then `count` records
# produced at 10 000/s (acks=all, linger.ms=1), each carrying its send time; end to end = receipt - send,
# and the producer reports its acknowledgement latency (send -> delivery report) the same way, and from
# librdkafka's statistics how long records waited in it for a request and the requests' round trips.
# The consumer keeps librdkafka's defaults (fetch.wait.max.ms 500, fetch.min.bytes 1), so its Fetch
# waits in the broker and what is measured is the broker waking it, and takes records one poll() at a
# time (consume(n, timeout) would hold each record until n arrived or the timeout passed).
# Prints one JSON line: seconds and records (latency: p50/p99/max in ms too; produce: the process's CPU seconds).
import json
import resource
import sys
import time

from confluent_kafka import Consumer, Producer

mode, bootstrap, topic, count, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
value = b"x" * size


def warm_up(p):
    """Connection, metadata and producer id first, then one record to every partition, waited for: else the
    first records of a run wait for all that (0.5-1 s under load), counted as their latency or in the time."""
    for part in p.list_topics(topic, timeout=30).topics[topic].partitions:
        p.produce(topic, value=b"warm-up", key=b"warm-up", partition=part)
    p.flush(30)


def percentiles(ms):
    lat = sorted(ms)
    pick = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] if lat else float("nan")
    return {"p50": pick(0.5), "p99": pick(0.99), "max": lat[-1] if lat else None}


if mode == "produce":
    p = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 5, "enable.idempotence": True,
                  "queue.buffering.max.messages": 1000000})
    warm_up(p)
    failed = [0]

    def report(err, msg):
        if err is not None:
            failed[0] += 1

    cpu0 = resource.getrusage(resource.RUSAGE_SELF)  # every thread: Python's and librdkafka's
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
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime
    print(json.dumps({"seconds": time.perf_counter() - t0, "records": count, "failed": failed[0], "cpu": cpu}))
elif mode == "latency-consume":
    # its own process (the producer's busy Python loop must not hold this one's GIL): prints "ready"
    # once assigned, then one JSON line after `count` records or 30 s without one
    import threading

    got = []
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "lat-" + topic, "auto.offset.reset": "latest",
                  "enable.auto.commit": False})
    assigned = threading.Event()
    c.subscribe([topic], on_assign=lambda _c, _p: assigned.set())
    while not assigned.is_set():
        c.poll(0.1)
    for _ in range(10):  # let the positions settle at the end
        c.poll(0.05)
    print("ready", flush=True)
    last = time.time()
    while len(got) < count and time.time() - last < 30:
        m = c.poll(0.1)
        if m is not None and m.error() is None and m.key() != b"warm-up":
            got.append((time.time() - float(m.value()[:20].decode())) * 1000)
            last = time.time()
    c.close()
    print(json.dumps({"seconds": 0, "records": len(got), **percentiles(got)}))
elif mode == "latency-produce":
    rate = 10000
    # librdkafka's own statistics every second: how long records waited in the producer for their Produce
    # request (int_latency) and the requests' round trips (rtt), in us, one rolling window per interval
    windows = []
    timing = [False]

    def stats(js):
        if timing[0]:
            windows.extend(b for b in json.loads(js)["brokers"].values() if b["nodeid"] >= 0 and b["rtt"]["cnt"])

    p = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 1, "enable.idempotence": True,
                  "statistics.interval.ms": 1000, "stats_cb": stats})
    warm_up(p)
    p.poll(0)
    acks = []
    timing[0] = True
    t0 = time.perf_counter()
    pad = b"x" * (size - 20)
    for i in range(count):
        if i % 10 == 0:  # 10 records a millisecond
            wait = t0 + i / rate - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            p.poll(0)
        sent = time.time()
        p.produce(topic, value=f"{sent:<20.6f}".encode()[:20] + pad, key=str(i % 64).encode(),
                  on_delivery=lambda err, msg, sent=sent: acks.append((time.time() - sent) * 1000))
    p.flush(60)
    seconds = time.perf_counter() - t0
    # the median of the windows' p50 and the worst window's p99, in ms
    windows = windows[1:] if len(windows) > 1 else windows  # the first may hold the warm-up's requests
    win = lambda key: {"p50": sorted(w[key]["p50"] for w in windows)[len(windows) // 2] / 1000,
                       "p99": max(w[key]["p99"] for w in windows) / 1000} if windows else None
    print(json.dumps({"seconds": seconds, "records": count, **percentiles(acks),
                      "queued": win("int_latency"), "rtt": win("rtt"), "requests": sum(w["rtt"]["cnt"] for w in windows)}))
else:
    # every partition assigned from its start (no group to join), the clock started before the first fetch
    from confluent_kafka import OFFSET_BEGINNING, TopicPartition

    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "bench-" + topic, "enable.auto.commit": False,
                  "fetch.max.bytes": 52428800})
    parts = c.list_topics(topic, timeout=30).topics[topic].partitions
    n = 0
    t0 = time.perf_counter()
    c.assign([TopicPartition(topic, part, OFFSET_BEGINNING) for part in parts])
    while n < count:
        n += sum(1 for m in c.consume(10000, 5.0) if m.error() is None)
    secs = time.perf_counter() - t0
    c.close()
    print(json.dumps({"seconds": secs, "records": n}))
