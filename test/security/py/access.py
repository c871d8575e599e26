"""pika as a restricted user: what a refused declare, publish and connection.open look like
to a Python client. Prints one JSON line: each step's reply code and text, or "ok".
argv: host port user password vhost forbidden_vhost"""
import json
import signal
import sys

import pika
from pika.exceptions import (ChannelClosedByBroker, ConnectionClosedByBroker,
                             ProbableAccessDeniedError, ProbableAuthenticationError)

host, port, user, password, vhost, forbidden = sys.argv[1:7]
signal.signal(signal.SIGALRM, lambda *_: sys.exit('timed out'))
signal.alarm(20)


def connect(vh, pw=password):
    return pika.BlockingConnection(pika.ConnectionParameters(
        host, int(port), vh, pika.PlainCredentials(user, pw), connection_attempts=1))


def outcome(fn):
    try:
        fn()
        return 'ok'
    except ChannelClosedByBroker as e:
        return '%d %s' % (e.reply_code, e.reply_text)
    except ConnectionClosedByBroker as e:
        return '%d %s' % (e.reply_code, e.reply_text)
    except (ProbableAccessDeniedError, ProbableAuthenticationError) as e:
        return '%s: %s' % (type(e).__name__, e.args[0] if e.args else '')


result = {}
conn = connect(vhost)
result['declare allowed'] = outcome(lambda: conn.channel().queue_declare('py-q', auto_delete=True))
result['declare refused'] = outcome(lambda: conn.channel().queue_declare('denied-q'))


def publish_refused():
    ch = conn.channel()
    ch.basic_publish('amq.fanout', 'k', b'm')
    ch.queue_declare('py-q', passive=True)  # a round trip: the refusal arrives first


result['publish refused'] = outcome(publish_refused)
conn.close()
result['open forbidden vhost'] = outcome(lambda: connect(forbidden).close())
result['wrong password'] = outcome(lambda: connect(vhost, 'wrong').close())
print(json.dumps(result))
