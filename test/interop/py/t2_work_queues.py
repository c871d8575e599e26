"""Tutorial 2, work queues: new_task.py publishes persistent tasks to a durable queue; two
worker.py consumers with prefetch_count=1 ack each task after "working" (a dot = 10 ms)."""
import threading
import time

import pika

from common import cleanup, done, name, params

queue = name('task_queue')
TASKS = ['task %d%s' % (i, '.' * (i % 3)) for i in range(12)]
processed = {'w1': [], 'w2': []}
ready = threading.Barrier(3)
lock = threading.Lock()


def total():
    with lock:
        return len(processed['w1']) + len(processed['w2'])


def worker(label):
    connection = pika.BlockingConnection(params())
    channel = connection.channel()
    channel.queue_declare(queue=queue, durable=True)

    def callback(ch, method, properties, body):
        time.sleep(body.count(b'.') * 0.01)
        with lock:
            processed[label].append(body.decode())
        ch.basic_ack(delivery_tag=method.delivery_tag)

    channel.basic_qos(prefetch_count=1)
    channel.basic_consume(queue=queue, on_message_callback=callback)
    ready.wait()
    end = time.monotonic() + 15
    while total() < len(TASKS) and time.monotonic() < end:
        connection.process_data_events(time_limit=0.05)
    connection.close()


try:
    threads = [threading.Thread(target=worker, args=(w,), daemon=True) for w in ('w1', 'w2')]
    for t in threads:
        t.start()
    ready.wait()

    # new_task.py
    connection = pika.BlockingConnection(params())
    channel = connection.channel()
    channel.queue_declare(queue=queue, durable=True)
    for message in TASKS:
        channel.basic_publish(
            exchange='',
            routing_key=queue,
            body=message,
            properties=pika.BasicProperties(delivery_mode=pika.spec.PERSISTENT_DELIVERY_MODE),
        )
    connection.close()

    for t in threads:
        t.join(17)
    done({'processed': processed, 'tasks': TASKS})
finally:
    cleanup(queues=[queue])
