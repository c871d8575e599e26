"""Tutorial 3, publish/subscribe: two receive_logs.py consumers, each with an exclusive
server-named queue bound to the fanout exchange; emit_log.py sends 5 messages."""
import pika

from common import cleanup, consume_until, done, name, params

exchange = name('logs')
N = 5
try:
    connection = pika.BlockingConnection(params())
    receivers = []
    for _ in range(2):
        channel = connection.channel()
        channel.exchange_declare(exchange=exchange, exchange_type='fanout')
        result = channel.queue_declare(queue='', exclusive=True)
        queue_name = result.method.queue
        channel.queue_bind(exchange=exchange, queue=queue_name)
        got = []

        def callback(ch, method, properties, body, got=got):
            got.append(body.decode())

        channel.basic_consume(queue=queue_name, on_message_callback=callback, auto_ack=True)
        receivers.append({'queue': queue_name, 'got': got})

    # emit_log.py
    emitter = pika.BlockingConnection(params())
    channel = emitter.channel()
    channel.exchange_declare(exchange=exchange, exchange_type='fanout')
    for i in range(N):
        channel.basic_publish(exchange=exchange, routing_key='', body='info: Hello World! %d' % i)
    emitter.close()

    consume_until(connection, lambda: all(len(r['got']) == N for r in receivers))
    connection.close()
    done({
        'received': [r['got'] for r in receivers],
        'serverNamed': [r['queue'].startswith('amq.gen-') for r in receivers],
    })
finally:
    cleanup(exchanges=[exchange])
