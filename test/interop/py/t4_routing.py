"""Tutorial 4, routing: receive_logs_direct.py for "warning error" and for "info warning
error"; emit_log_direct.py sends one message per severity, including unbound "debug"."""
import time

import pika

from common import cleanup, consume_until, done, name, params

exchange = name('direct_logs')
BINDINGS = {'disk': ['warning', 'error'], 'screen': ['info', 'warning', 'error']}
try:
    connection = pika.BlockingConnection(params())
    received = {}
    for label, severities in BINDINGS.items():
        channel = connection.channel()
        channel.exchange_declare(exchange=exchange, exchange_type='direct')
        queue_name = channel.queue_declare(queue='', exclusive=True).method.queue
        for severity in severities:
            channel.queue_bind(exchange=exchange, queue=queue_name, routing_key=severity)
        got = received.setdefault(label, [])

        def callback(ch, method, properties, body, got=got):
            got.append(method.routing_key)

        channel.basic_consume(queue=queue_name, on_message_callback=callback, auto_ack=True)

    emitter = pika.BlockingConnection(params())
    channel = emitter.channel()
    channel.exchange_declare(exchange=exchange, exchange_type='direct')
    for severity in ['info', 'warning', 'error', 'debug']:
        channel.basic_publish(exchange=exchange, routing_key=severity, body='Hello World! (%s)' % severity)
    emitter.close()

    consume_until(connection, lambda: len(received['disk']) == 2 and len(received['screen']) == 3)
    end = time.monotonic() + 0.1
    while time.monotonic() < end:
        connection.process_data_events(time_limit=0.05)
    connection.close()
    done({'received': received})
finally:
    cleanup(exchanges=[exchange])
