# One boto3 sequence of SQS and SNS calls, run by test/sqs/differential-moto.test.ts against
# Wharf and against moto's server. Prints one JSON object: step name -> the response's shape
# (keys and value types, ids left out) plus the values that must agree (MD5s, bodies,
# attribute names, error codes). ENDPOINT, KEY, SECRET and PREFIX come from the environment.
import hashlib
import json
import os

import boto3
import botocore
from botocore.config import Config

ENDPOINT = os.environ['ENDPOINT']
PREFIX = os.environ['PREFIX']


def client(service):
    return boto3.client(
        service,
        endpoint_url=ENDPOINT,
        region_name='us-east-1',
        aws_access_key_id=os.environ['KEY'],
        aws_secret_access_key=os.environ['SECRET'],
        config=Config(retries={'max_attempts': 1}),
    )


sqs = client('sqs')
sns = client('sns')
out = {}

# values compared as they are; anything else is reduced to its type
KEEP = {
    'MD5OfMessageBody', 'MD5OfBody', 'MD5OfMessageAttributes', 'Body', 'Code', 'SenderFault',
    'DataType', 'StringValue', 'Tags', 'MessageGroupId', 'MessageDeduplicationId',
    'ApproximateReceiveCount', 'ApproximateNumberOfMessages', 'VisibilityTimeout', 'DelaySeconds',
    'FifoQueue', 'ContentBasedDeduplication', 'RawMessageDelivery', 'Type', 'Message', 'Subject',
    'Value',
}


def shape(v, key=None):
    if key in KEEP:
        return v.decode() if isinstance(v, bytes) else v
    if isinstance(v, dict):
        return {k: shape(x, k) for k, x in sorted(v.items()) if k != 'ResponseMetadata'}
    if isinstance(v, list):
        return [shape(x) for x in v]
    if isinstance(v, bytes):
        return 'bytes'
    return type(v).__name__


def step(name, fn):
    try:
        r = fn()
        out[name] = {'ok': shape(r)}
        return r
    except botocore.exceptions.ClientError as e:
        out[name] = {'error': e.response['Error'].get('Code'),
                     'status': e.response['ResponseMetadata']['HTTPStatusCode']}
    except botocore.exceptions.ParamValidationError as e:
        out[name] = {'client-side': 'ParamValidationError'}
    return None


q = step('CreateQueue', lambda: sqs.create_queue(QueueName=PREFIX + '-std', Attributes={'VisibilityTimeout': '5'}))
url = q['QueueUrl']
step('CreateQueue again, same attributes',
     lambda: sqs.create_queue(QueueName=PREFIX + '-std', Attributes={'VisibilityTimeout': '5'}))
step('CreateQueue again, other attributes',
     lambda: sqs.create_queue(QueueName=PREFIX + '-std', Attributes={'VisibilityTimeout': '6'}))
step('CreateQueue bad name', lambda: sqs.create_queue(QueueName='bad name!'))
step('CreateQueue bad attribute value',
     lambda: sqs.create_queue(QueueName=PREFIX + '-bad', Attributes={'VisibilityTimeout': '99999'}))
step('GetQueueUrl', lambda: sqs.get_queue_url(QueueName=PREFIX + '-std'))
step('GetQueueUrl missing', lambda: sqs.get_queue_url(QueueName=PREFIX + '-none'))
step('GetQueueAttributes one', lambda: sqs.get_queue_attributes(QueueUrl=url, AttributeNames=['VisibilityTimeout']))
attrs = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=['All'])['Attributes']
out['GetQueueAttributes All: names'] = sorted(attrs)
step('GetQueueAttributes unknown', lambda: sqs.get_queue_attributes(QueueUrl=url, AttributeNames=['Nope']))
step('SetQueueAttributes', lambda: sqs.set_queue_attributes(QueueUrl=url, Attributes={'DelaySeconds': '0'}))
step('SetQueueAttributes unknown', lambda: sqs.set_queue_attributes(QueueUrl=url, Attributes={'Nope': '1'}))
step('SendMessage', lambda: sqs.send_message(
    QueueUrl=url, MessageBody='hello ✓',
    MessageAttributes={'color': {'DataType': 'String', 'StringValue': 'blue'},
                       'size': {'DataType': 'Number.int', 'StringValue': '3'},
                       'raw': {'DataType': 'Binary', 'BinaryValue': b'\x00\x01'}}))
empty = sqs.create_queue(QueueName=PREFIX + '-empty')['QueueUrl']  # moto would store it: kept apart
step('SendMessage empty body', lambda: sqs.send_message(QueueUrl=empty, MessageBody=''))
step('SendMessage bad attribute type', lambda: sqs.send_message(
    QueueUrl=url, MessageBody='x', MessageAttributes={'a': {'DataType': 'Float', 'StringValue': '1'}}))
step('SendMessage to a missing queue', lambda: sqs.send_message(QueueUrl=url + '-none', MessageBody='x'))
step('SendMessageBatch', lambda: sqs.send_message_batch(QueueUrl=url, Entries=[
    {'Id': 'a', 'MessageBody': 'one'}, {'Id': 'b', 'MessageBody': 'two', 'DelaySeconds': 0}]))
step('SendMessageBatch ids not distinct', lambda: sqs.send_message_batch(QueueUrl=url, Entries=[
    {'Id': 'a', 'MessageBody': 'one'}, {'Id': 'a', 'MessageBody': 'two'}]))
step('SendMessageBatch too many', lambda: sqs.send_message_batch(QueueUrl=url, Entries=[
    {'Id': 'e%d' % i, 'MessageBody': 'x'} for i in range(11)]))
step('SendMessageBatch empty', lambda: sqs.send_message_batch(QueueUrl=url, Entries=[]))
r = step('ReceiveMessage', lambda: sqs.receive_message(
    QueueUrl=url, MaxNumberOfMessages=10, AttributeNames=['ApproximateReceiveCount'],
    MessageAttributeNames=['All'], VisibilityTimeout=30))
msgs = (r or {}).get('Messages', [])
out['ReceiveMessage: bodies'] = sorted(m['Body'] for m in msgs)
step('ReceiveMessage MaxNumberOfMessages 11', lambda: sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=11))
step('ReceiveMessage nothing visible', lambda: sqs.receive_message(QueueUrl=url, WaitTimeSeconds=0))
if msgs:
    step('ChangeMessageVisibility', lambda: sqs.change_message_visibility(
        QueueUrl=url, ReceiptHandle=msgs[0]['ReceiptHandle'], VisibilityTimeout=60))
    step('ChangeMessageVisibilityBatch', lambda: sqs.change_message_visibility_batch(QueueUrl=url, Entries=[
        {'Id': 'a', 'ReceiptHandle': msgs[0]['ReceiptHandle'], 'VisibilityTimeout': 60}]))
    step('DeleteMessage', lambda: sqs.delete_message(QueueUrl=url, ReceiptHandle=msgs[0]['ReceiptHandle']))
    step('DeleteMessageBatch', lambda: sqs.delete_message_batch(QueueUrl=url, Entries=[
        {'Id': 'm%d' % i, 'ReceiptHandle': m['ReceiptHandle']} for i, m in enumerate(msgs[1:])]))
step('DeleteMessage invalid handle', lambda: sqs.delete_message(QueueUrl=url, ReceiptHandle='not-a-handle'))
step('TagQueue', lambda: sqs.tag_queue(QueueUrl=url, Tags={'team': 'a', 'env': 'test'}))
step('UntagQueue', lambda: sqs.untag_queue(QueueUrl=url, TagKeys=['env']))
step('ListQueueTags', lambda: sqs.list_queue_tags(QueueUrl=url))
step('ListQueues prefix', lambda: sqs.list_queues(QueueNamePrefix=PREFIX + '-std'))
step('PurgeQueue', lambda: sqs.purge_queue(QueueUrl=url))

# redrive
dlq = sqs.create_queue(QueueName=PREFIX + '-dlq')['QueueUrl']
dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=['QueueArn'])['Attributes']['QueueArn']
step('SetQueueAttributes RedrivePolicy', lambda: sqs.set_queue_attributes(QueueUrl=url, Attributes={
    'RedrivePolicy': json.dumps({'deadLetterTargetArn': dlq_arn, 'maxReceiveCount': 1})}))
step('ListDeadLetterSourceQueues', lambda: sqs.list_dead_letter_source_queues(QueueUrl=dlq))
sqs.send_message(QueueUrl=url, MessageBody='poison')
sqs.receive_message(QueueUrl=url, VisibilityTimeout=0)
step('ReceiveMessage past maxReceiveCount', lambda: sqs.receive_message(QueueUrl=url, VisibilityTimeout=0))
step('ReceiveMessage from the DLQ', lambda: sqs.receive_message(QueueUrl=dlq, VisibilityTimeout=30))

# FIFO
fifo = step('CreateQueue FIFO', lambda: sqs.create_queue(
    QueueName=PREFIX + '.fifo', Attributes={'FifoQueue': 'true', 'ContentBasedDeduplication': 'true'}))
furl = fifo['QueueUrl']
step('CreateQueue FIFO without .fifo', lambda: sqs.create_queue(
    QueueName=PREFIX + '-nofifo', Attributes={'FifoQueue': 'true'}))
step('SendMessage FIFO without group', lambda: sqs.send_message(QueueUrl=furl, MessageBody='x'))
step('SendMessage FIFO with delay', lambda: sqs.send_message(
    QueueUrl=furl, MessageBody='x', MessageGroupId='g', DelaySeconds=5))
s1 = step('SendMessage FIFO', lambda: sqs.send_message(QueueUrl=furl, MessageBody='first', MessageGroupId='g'))
s2 = step('SendMessage FIFO duplicate', lambda: sqs.send_message(QueueUrl=furl, MessageBody='first', MessageGroupId='g'))
out['SendMessage FIFO duplicate: same id'] = bool(s1 and s2 and s1['MessageId'] == s2['MessageId'])
sqs.send_message(QueueUrl=furl, MessageBody='second', MessageGroupId='g')
step('ReceiveMessage FIFO', lambda: sqs.receive_message(
    QueueUrl=furl, MaxNumberOfMessages=10, AttributeNames=['MessageGroupId', 'MessageDeduplicationId']))
step('SendMessage dedup id to a standard queue', lambda: sqs.send_message(
    QueueUrl=url, MessageBody='x', MessageDeduplicationId='d'))

# SNS fan-out, enveloped and raw
topic = step('CreateTopic', lambda: sns.create_topic(Name=PREFIX + '-topic'))
tarn = topic['TopicArn']
wrapped = sqs.create_queue(QueueName=PREFIX + '-wrapped')['QueueUrl']
raw = sqs.create_queue(QueueName=PREFIX + '-raw')['QueueUrl']
arn_of = lambda u: sqs.get_queue_attributes(QueueUrl=u, AttributeNames=['QueueArn'])['Attributes']['QueueArn']
step('Subscribe', lambda: sns.subscribe(TopicArn=tarn, Protocol='sqs', Endpoint=arn_of(wrapped)))
sub = sns.subscribe(TopicArn=tarn, Protocol='sqs', Endpoint=arn_of(raw), Attributes={'RawMessageDelivery': 'true'})
step('GetSubscriptionAttributes: RawMessageDelivery', lambda: {
    'RawMessageDelivery': sns.get_subscription_attributes(
        SubscriptionArn=sub['SubscriptionArn'])['Attributes']['RawMessageDelivery']})
step('Publish', lambda: sns.publish(TopicArn=tarn, Message='news', Subject='s',
                                    MessageAttributes={'k': {'DataType': 'String', 'StringValue': 'v'}}))
step('Publish to a missing topic', lambda: sns.publish(TopicArn=tarn + '-none', Message='x'))
w = sqs.receive_message(QueueUrl=wrapped, MessageAttributeNames=['All']).get('Messages', [])
out['SNS enveloped: keys'] = sorted(json.loads(w[0]['Body'])) if w else None
out['SNS enveloped: values'] = shape({k: v for k, v in json.loads(w[0]['Body']).items()
                                      if k in ('Type', 'Message', 'Subject', 'MessageAttributes')}) if w else None
step('SNS raw delivery', lambda: sqs.receive_message(QueueUrl=raw, MessageAttributeNames=['All']))

step('DeleteQueue', lambda: sqs.delete_queue(QueueUrl=url))
step('GetQueueUrl deleted', lambda: sqs.get_queue_url(QueueName=PREFIX + '-std'))
print(json.dumps(out))
