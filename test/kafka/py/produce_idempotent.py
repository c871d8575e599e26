# An idempotent acks=all confluent-kafka producer sending `count` records (values 0..count-1, keyed)
# and waiting for every delivery report. argv: bootstrap topic count.
# Prints one JSON line: how many were acknowledged and the errors reported.
import json
import sys

from confluent_kafka import Producer

bootstrap, topic, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
p = Producer({
    "bootstrap.servers": bootstrap,
    "enable.idempotence": True,
    "acks": "all",
    "linger.ms": 5,
    "retry.backoff.ms": 50,
    "message.timeout.ms": 30000,
})
acked, errors = [], []


def report(err, msg):
    if err is None:
        acked.append(msg.offset())
    else:
        errors.append(str(err))


for n in range(count):
    p.produce(topic, value=str(n).encode(), key=str(n % 3).encode(), callback=report)
    if n % 50 == 0:
        p.poll(0)
left = p.flush(30)
print(json.dumps({"acked": len(acked), "errors": errors, "unflushed": left}))
