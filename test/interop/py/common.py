"""Shared plumbing for the pika tutorial scripts: URL and name suffix from argv, a hard
timeout, cleanup of what a script declared, and one JSON result line on stdout."""
import json
import signal
import sys
import time
import uuid

import pika

URL = sys.argv[1] if len(sys.argv) > 1 else 'amqp://guest:guest@127.0.0.1:5672'
SUFFIX = sys.argv[2] if len(sys.argv) > 2 else uuid.uuid4().hex[:10]
TIMEOUT_S = 20


def _expired(signum, frame):
    raise TimeoutError('script ran longer than %d s' % TIMEOUT_S)


signal.signal(signal.SIGALRM, _expired)
signal.alarm(TIMEOUT_S)


def params():
    return pika.URLParameters(URL)


def name(base):
    """The tutorial's name with a per-run suffix, so runs never share queues."""
    return '%s-%s' % (base, SUFFIX)


def cleanup(queues=(), exchanges=()):
    connection = pika.BlockingConnection(params())
    try:
        for q in queues:
            ch = connection.channel()
            try:
                ch.queue_delete(queue=q)
                ch.close()
            except pika.exceptions.ChannelClosed:
                pass
        for x in exchanges:
            ch = connection.channel()
            try:
                ch.exchange_delete(exchange=x)
                ch.close()
            except pika.exceptions.ChannelClosed:
                pass
    finally:
        connection.close()


def done(result):
    print(json.dumps(result, sort_keys=True))
    sys.stdout.flush()


def consume_until(connection, predicate, limit_s=10):
    """process_data_events until predicate() holds; bounded like the rest of the script."""
    end = time.monotonic() + limit_s
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError('condition not met within %d s' % limit_s)
        connection.process_data_events(time_limit=0.05)
