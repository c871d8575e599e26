"""The seeds' dead-letter queue, as the seed writes it with pika: a 'tasks' queue with
x-dead-letter-exchange 'dlx' and routing key 'failed_tasks'; a consumer that fails
nacks without requeue; the failure lands in the DLQ with x-death. Plus a retry with
requeue=True first, which must come back redelivered."""
import pika

from common import cleanup, consume_until, done, name, params

tasks = name('tasks')
dlx = name('dlx')
failed = name('failed_tasks')
result = {}
try:
    connection = pika.BlockingConnection(params())
    channel = connection.channel()
    channel.exchange_declare(exchange=dlx, exchange_type='direct')
    channel.queue_declare(queue=failed)
    channel.queue_bind(queue=failed, exchange=dlx, routing_key='failed_tasks')
    channel.queue_declare(
        queue=tasks,
        arguments={
            'x-dead-letter-exchange': dlx,
            'x-dead-letter-routing-key': 'failed_tasks',
        })
    channel.basic_publish(exchange='', routing_key=tasks, body='task-1',
                          properties=pika.BasicProperties(delivery_mode=2, message_id='m-1'))
    attempts = []

    def callback(ch, method, properties, body):
        attempts.append(method.redelivered)
        # first failure: requeue for retry; second: give up, to the DLQ
        ch.basic_nack(delivery_tag=method.delivery_tag, requeue=len(attempts) < 2)

    channel.basic_qos(prefetch_count=1)
    channel.basic_consume(queue=tasks, on_message_callback=callback)
    consume_until(connection, lambda: len(attempts) >= 2)
    method, properties, body = None, None, None
    for _ in range(50):
        method, properties, body = channel.basic_get(queue=failed, auto_ack=True)
        if method:
            break
        connection.sleep(0.05)
    death = properties.headers['x-death'][0]
    result = {
        'attempts': attempts,
        'body': body.decode(),
        'routingKey': method.routing_key,
        'messageId': properties.message_id,
        'death': [death['reason'], death['queue'] == tasks, death['count'], death['exchange'],
                  [k == tasks for k in death['routing-keys']]],
        'firstDeathReason': properties.headers['x-first-death-reason'],
    }
    connection.close()
finally:
    cleanup(queues=[tasks, failed], exchanges=[dlx])
done(result)
