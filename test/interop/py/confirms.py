"""Publisher confirms with pika's BlockingChannel.confirm_delivery(): basic_publish returns
once confirmed and raises UnroutableError (mandatory, no route) or NackError (nack)."""
import pika

from common import cleanup, done, name, params

queue = name('confirms')
full = name('confirms-full')
missing_exchange = name('missing')
outcome = {}
try:
    connection = pika.BlockingConnection(params())
    channel = connection.channel()
    channel.confirm_delivery()
    channel.queue_declare(queue=queue, durable=True)
    channel.queue_declare(queue=full, arguments={'x-max-length': 1, 'x-overflow': 'reject-publish'})
    persistent = pika.BasicProperties(delivery_mode=pika.spec.PERSISTENT_DELIVERY_MODE)

    for i in range(10):
        channel.basic_publish(exchange='', routing_key=queue, body='confirmed %d' % i, properties=persistent)
    outcome['routed'] = 'ok'

    try:
        channel.basic_publish(exchange='', routing_key=name('nowhere'), body='lost', mandatory=True)
        outcome['unroutableMandatory'] = 'ok'
    except pika.exceptions.UnroutableError as e:
        outcome['unroutableMandatory'] = ['UnroutableError', [m.method.reply_code for m in e.messages]]

    channel.basic_publish(exchange='', routing_key=name('nowhere'), body='dropped')
    outcome['unroutable'] = 'ok'

    channel.basic_publish(exchange='', routing_key=full, body='fits')
    try:
        channel.basic_publish(exchange='', routing_key=full, body='refused')
        outcome['overflow'] = 'ok'
    except pika.exceptions.NackError:
        outcome['overflow'] = 'NackError'

    outcome['queued'] = channel.queue_declare(queue=queue, passive=True).method.message_count

    try:
        channel.basic_publish(exchange=missing_exchange, routing_key='k', body='x')
        outcome['missingExchange'] = 'ok'
    except pika.exceptions.ChannelClosedByBroker as e:
        outcome['missingExchange'] = ['ChannelClosedByBroker', e.reply_code]
    connection.close()
    done(outcome)
finally:
    cleanup(queues=[queue, full])
