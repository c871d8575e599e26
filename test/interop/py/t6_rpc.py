"""Tutorial 6, RPC: rpc_server.py (prefetch 1, replies with the request's correlation_id)
in a thread; rpc_client.py's FibonacciRpcClient with an exclusive callback queue."""
import threading
import time
import uuid

import pika

from common import cleanup, done, name, params

rpc_queue = name('rpc_queue')
server_ready = threading.Event()
stop_server = threading.Event()


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def server():
    connection = pika.BlockingConnection(params())
    channel = connection.channel()
    channel.queue_declare(queue=rpc_queue)

    def on_request(ch, method, props, body):
        n = int(body)
        ch.basic_publish(
            exchange='',
            routing_key=props.reply_to,
            properties=pika.BasicProperties(correlation_id=props.correlation_id),
            body=str(fib(n)),
        )
        ch.basic_ack(delivery_tag=method.delivery_tag)

    channel.basic_qos(prefetch_count=1)
    channel.basic_consume(queue=rpc_queue, on_message_callback=on_request)
    server_ready.set()
    while not stop_server.is_set():
        connection.process_data_events(time_limit=0.05)
    connection.close()


class FibonacciRpcClient(object):
    def __init__(self):
        self.connection = pika.BlockingConnection(params())
        self.channel = self.connection.channel()
        result = self.channel.queue_declare(queue='', exclusive=True)
        self.callback_queue = result.method.queue
        self.channel.basic_consume(
            queue=self.callback_queue, on_message_callback=self.on_response, auto_ack=True
        )
        self.response = None
        self.corr_id = None

    def on_response(self, ch, method, props, body):
        if self.corr_id == props.correlation_id:
            self.response = body

    def call(self, n):
        self.response = None
        self.corr_id = str(uuid.uuid4())
        self.channel.basic_publish(
            exchange='',
            routing_key=rpc_queue,
            properties=pika.BasicProperties(reply_to=self.callback_queue, correlation_id=self.corr_id),
            body=str(n),
        )
        end = time.monotonic() + 10
        while self.response is None and time.monotonic() < end:
            self.connection.process_data_events(time_limit=0.05)
        return int(self.response) if self.response is not None else None


try:
    thread = threading.Thread(target=server, daemon=True)
    thread.start()
    server_ready.wait(10)
    client = FibonacciRpcClient()
    answers = [client.call(n) for n in (1, 10, 20, 30)]
    client.connection.close()
    stop_server.set()
    thread.join(5)
    done({'answers': answers})
finally:
    stop_server.set()
    cleanup(queues=[rpc_queue])
