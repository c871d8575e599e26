# confluent-kafka (librdkafka) with SASL: produce one record and read it back.
# argv: bootstrap security_protocol mechanism user password ca_file(or -) topic.
# Prints one JSON line: the value read back, or the error the client reported.
import json
import sys

from confluent_kafka import Consumer, KafkaException, Producer

bootstrap, proto, mech, user, password, ca, topic = sys.argv[1:8]
conf = {
    "bootstrap.servers": bootstrap,
    "security.protocol": proto,
    "sasl.mechanism": mech,
    "sasl.username": user,
    "sasl.password": password,
}
if ca != "-":
    conf["ssl.ca.location"] = ca
errors = []
conf["error_cb"] = lambda e: errors.append(e.name())
out = {}
p = Producer({**conf, "acks": "all", "message.timeout.ms": 10000})
delivered = []
p.produce(topic, value=b"over-" + mech.encode(), callback=lambda err, msg: delivered.append(err is None))
p.flush(15)
out["delivered"] = delivered == [True]
if out["delivered"]:
    c = Consumer({**conf, "group.id": topic + "-g", "auto.offset.reset": "earliest"})
    c.subscribe([topic])
    msg = None
    for _ in range(30):
        msg = c.poll(1)
        if msg is not None and msg.error() is None:
            break
    out["value"] = msg.value().decode() if msg is not None and msg.error() is None else None
    c.close()
out["errors"] = sorted(set(errors))
print(json.dumps(out))
