// SQS message move tasks (StartMessageMoveTask, ListMessageMoveTasks, CancelMessageMoveTask):
// a dead-letter queue replayed to the queues its messages died in, or to one destination, at
// a rate. Each second moves up to the rate with the engine's dead-letter replay
// (src/broker/dead-letters/dead-letter-replay.ts: at-least-once, acked in the DLQ after the destination
// synced). Tasks live in memory: a restart ends them (moved messages stay moved).
import { randomUUID } from 'node:crypto';
import { replayDeadLetters } from '../broker/dead-letters/dead-letter-replay.js';
import { AwsError } from './codec/index.js';
import { parseRedrivePolicy } from './queue-attributes.js';
import { resolveByName } from './resolve.js';
const DEFAULT_RATE = 500;
export class MoveTasks {
    /** by source ARN, most recent last */
    tasks = new Map();
    close() {
        for (const list of this.tasks.values())
            for (const t of list)
                if (t.timer)
                    clearTimeout(t.timer);
    }
    listFor(arn) {
        let l = this.tasks.get(arn);
        if (!l)
            this.tasks.set(arn, (l = []));
        return l;
    }
    start = (ctx) => {
        const sourceArn = String(ctx.input.SourceArn ?? '');
        const src = ctx.front.queues.parseArn(sourceArn);
        if (!src)
            throw new AwsError('InvalidParameterValue', 'Source ARN is not a valid SQS queue ARN.');
        const r = resolveByName(ctx, src.vhost, src.name, 'read');
        if (!isDeadLetterQueue(ctx, src.vhost, sourceArn)) {
            throw new AwsError('InvalidParameterValue', 'Source queue must be configured as a Dead Letter Queue.');
        }
        const destinationArn = typeof ctx.input.DestinationArn === 'string' ? ctx.input.DestinationArn : undefined;
        let dest;
        if (destinationArn !== undefined) {
            dest = ctx.front.queues.parseArn(destinationArn);
            if (!dest || dest.vhost !== src.vhost)
                throw new AwsError('InvalidParameterValue', 'Destination ARN is not a queue of the source queue’s account.');
            resolveByName(ctx, dest.vhost, dest.name, 'write');
        }
        const rate = ctx.input.MaxNumberOfMessagesPerSecond === undefined
            ? DEFAULT_RATE
            : Number(ctx.input.MaxNumberOfMessagesPerSecond);
        if (!Number.isInteger(rate) || rate < 1 || rate > 500) {
            throw new AwsError('InvalidParameterValue', 'MaxNumberOfMessagesPerSecond must be between 1 and 500.');
        }
        const list = this.listFor(sourceArn);
        if (list.some((t) => t.status === 'RUNNING' || t.status === 'CANCELLING')) {
            throw new AwsError('UnsupportedOperation', 'There is already a task running. Only one active task is allowed for a source queue arn at a given time.');
        }
        const task = {
            handle: Buffer.from(JSON.stringify({ taskId: randomUUID(), sourceArn })).toString('base64'),
            sourceArn,
            destinationArn,
            rate,
            status: 'RUNNING',
            moved: 0,
            toMove: Math.max(0, r.q.ready),
            started: Date.now(),
        };
        list.push(task);
        if (list.length > 10)
            list.shift();
        const broker = ctx.front.broker;
        const step = () => {
            task.timer = undefined;
            if (task.status === 'CANCELLING') {
                task.status = 'CANCELLED';
                return;
            }
            replayDeadLetters(broker, src.vhost, src.name, {
                count: task.rate,
                target: dest ? { exchange: '', routingKey: dest.name } : undefined,
            }).then((res) => {
                task.moved += res.moved;
                if (task.status === 'CANCELLING')
                    task.status = 'CANCELLED';
                else if (res.remaining === 0 || res.moved === 0)
                    task.status = 'COMPLETED';
                else {
                    task.timer = setTimeout(step, 1000);
                    task.timer.unref();
                }
            }, (err) => {
                task.status = 'FAILED';
                task.failure = err.message;
            });
        };
        step();
        return { TaskHandle: task.handle };
    };
    list = (ctx) => {
        const sourceArn = String(ctx.input.SourceArn ?? '');
        const src = ctx.front.queues.parseArn(sourceArn);
        if (!src)
            throw new AwsError('InvalidParameterValue', 'Source ARN is not a valid SQS queue ARN.');
        resolveByName(ctx, src.vhost, src.name, undefined);
        const max = ctx.input.MaxResults === undefined ? 1 : Number(ctx.input.MaxResults);
        if (!Number.isInteger(max) || max < 1 || max > 10)
            throw new AwsError('InvalidParameterValue', 'MaxResults must be between 1 and 10.');
        const tasks = [...(this.tasks.get(sourceArn) ?? [])].reverse().slice(0, max);
        return {
            Results: tasks.map((t) => ({
                ...(t.status === 'RUNNING' ? { TaskHandle: t.handle } : {}),
                Status: t.status,
                SourceArn: t.sourceArn,
                ...(t.destinationArn ? { DestinationArn: t.destinationArn } : {}),
                MaxNumberOfMessagesPerSecond: t.rate,
                ApproximateNumberOfMessagesMoved: t.moved,
                ApproximateNumberOfMessagesToMove: t.toMove,
                ...(t.failure ? { FailureReason: t.failure } : {}),
                StartedTimestamp: t.started,
            })),
        };
    };
    cancel = (ctx) => {
        const handle = String(ctx.input.TaskHandle ?? '');
        for (const list of this.tasks.values()) {
            const t = list.find((x) => x.handle === handle);
            if (!t)
                continue;
            if (t.status !== 'RUNNING')
                throw new AwsError('ResourceNotFoundException', 'Task does not exist or is not running.');
            if (t.timer) {
                clearTimeout(t.timer);
                t.timer = undefined;
                t.status = 'CANCELLED';
            }
            else
                t.status = 'CANCELLING';
            return { ApproximateNumberOfMessagesMoved: t.moved };
        }
        throw new AwsError('ResourceNotFoundException', 'Task does not exist.');
    };
}
function isDeadLetterQueue(ctx, vhost, arn) {
    for (const p of ctx.front.broker.parameters.list('sqs-queue', vhost)) {
        const rp = p.value.attributes?.RedrivePolicy;
        if (rp && parseRedrivePolicy(rp).deadLetterTargetArn === arn)
            return true;
    }
    return false;
}
//# sourceMappingURL=move-tasks.js.map