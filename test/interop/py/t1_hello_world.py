"""Tutorial 1, "Hello World!": send.py then receive.py, bounded to one message."""
import pika

from common import cleanup, done, name, params

queue = name('hello')
try:
    # send.py
    connection = pika.BlockingConnection(params())
    channel = connection.channel()
    channel.queue_declare(queue=queue)
    channel.basic_publish(exchange='', routing_key=queue, body='Hello World!')
    connection.close()

    # receive.py
    connection = pika.BlockingConnection(params())
    channel = connection.channel()
    channel.queue_declare(queue=queue)
    received = []

    def callback(ch, method, properties, body):
        received.append(body.decode())
        ch.stop_consuming()

    channel.basic_consume(queue=queue, on_message_callback=callback, auto_ack=True)
    connection.call_later(10, channel.stop_consuming)
    channel.start_consuming()
    connection.close()
    done({'received': received})
finally:
    cleanup(queues=[queue])
