# An idempotent acks=all confluent-kafka producer that prints every acknowledged record's value as
# soon as its delivery report arrives, until it is killed or the broker goes away.
# argv: bootstrap topic count.
import sys

from confluent_kafka import Producer

bootstrap, topic, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
p = Producer({
    "bootstrap.servers": bootstrap,
    "acks": "all",
    "enable.idempotence": True,
    "linger.ms": 1,
    "message.timeout.ms": 5000,
})


def report(err, msg):
    if err is None:
        print(msg.value().decode(), flush=True)


for n in range(count):
    while True:
        try:
            p.produce(topic, value=str(n).encode(), key=str(n % 4).encode(), callback=report)
            break
        except BufferError:
            p.poll(0.05)
    p.poll(0)
p.flush(10)
