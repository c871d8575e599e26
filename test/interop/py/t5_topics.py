"""Tutorial 5, topics: receive_logs_topic.py with "#", "kern.*", "*.critical" and
"kern.* *.critical"; emit_log_topic.py sends five routing keys."""
import time

import pika

from common import cleanup, consume_until, done, name, params

exchange = name('topic_logs')
BINDINGS = {'all': ['#'], 'kern': ['kern.*'], 'critical': ['*.critical'], 'both': ['kern.*', '*.critical']}
KEYS = ['kern.critical', 'anonymous.info', 'kern.info', 'cron.critical', 'kern.disk.full']
try:
    connection = pika.BlockingConnection(params())
    received = {}
    for label, binding_keys in BINDINGS.items():
        channel = connection.channel()
        channel.exchange_declare(exchange=exchange, exchange_type='topic')
        queue_name = channel.queue_declare(queue='', exclusive=True).method.queue
        for binding_key in binding_keys:
            channel.queue_bind(exchange=exchange, queue=queue_name, routing_key=binding_key)
        got = received.setdefault(label, [])

        def callback(ch, method, properties, body, got=got):
            got.append(method.routing_key)

        channel.basic_consume(queue=queue_name, on_message_callback=callback, auto_ack=True)

    emitter = pika.BlockingConnection(params())
    channel = emitter.channel()
    channel.exchange_declare(exchange=exchange, exchange_type='topic')
    for key in KEYS:
        channel.basic_publish(exchange=exchange, routing_key=key, body='A critical kernel error')
    emitter.close()

    consume_until(connection, lambda: len(received['all']) == len(KEYS))
    end = time.monotonic() + 0.1
    while time.monotonic() < end:
        connection.process_data_events(time_limit=0.05)
    connection.close()
    done({'received': received})
finally:
    cleanup(exchanges=[exchange])
