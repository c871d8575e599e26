"""All 14 basic properties (cluster_id included, which amqplib cannot send) and the field
types pika encodes, published and read back with basic_get."""
import datetime
import decimal

import pika

from common import cleanup, done, name, params

queue = name('props')
try:
    connection = pika.BlockingConnection(params())
    channel = connection.channel()
    channel.confirm_delivery()
    channel.queue_declare(queue=queue)
    headers = {
        'str': 'text \u00fc',
        'int': -7,
        'big': 2 ** 40,
        'bool': True,
        'none': None,
        'bytes': b'\x00\xff',
        'decimal': decimal.Decimal('123.45'),
        'time': datetime.datetime(2023, 11, 14, 22, 13, 20),
        'list': [1, 'a', [True]],
        'table': {'nested': {'deep': 1}},
    }
    props = pika.BasicProperties(
        content_type='application/json',
        content_encoding='utf-8',
        headers=headers,
        delivery_mode=2,
        priority=5,
        correlation_id='corr',
        reply_to='replies',
        expiration='60000',
        message_id='mid',
        timestamp=1700000000,
        type='kind',
        user_id='guest',
        app_id='pika-test',
        cluster_id='cluster',
    )
    channel.basic_publish(exchange='', routing_key=queue, body=b'\x00body\xff', properties=props)
    channel.basic_publish(exchange='', routing_key=queue, body=b'')
    method, got, body = channel.basic_get(queue=queue, auto_ack=True)
    h = got.headers
    out = {
        'messageCount': method.message_count,
        'redelivered': method.redelivered,
        'body': body.hex(),
        'props': {
            k: getattr(got, k)
            for k in (
                'content_type', 'content_encoding', 'delivery_mode', 'priority', 'correlation_id',
                'reply_to', 'expiration', 'message_id', 'timestamp', 'type', 'user_id', 'app_id',
                'cluster_id',
            )
        },
        'headers': {
            'str': h['str'],
            'int': h['int'],
            'big': h['big'],
            'bool': h['bool'],
            'none': h['none'],
            'bytes': h['bytes'].hex() if isinstance(h['bytes'], bytes) else repr(h['bytes']),
            'decimal': str(h['decimal']),
            'time': h['time'].isoformat(),
            'list': h['list'],
            'table': h['table'],
        },
    }
    method, empty_props, body = channel.basic_get(queue=queue, auto_ack=True)
    out['emptyBody'] = {'body': body.hex(), 'headers': empty_props.headers, 'messageCount': method.message_count}
    connection.close()
    done(out)
finally:
    cleanup(queues=[queue])
