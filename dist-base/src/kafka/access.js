// Wharf's permissions in Kafka's terms: creating, deleting and altering topics needs configure on
// the topic's stream (or super-stream exchange), producing needs write, fetching and group
// operations need read (on the topic, and on the group id for group operations), as Wharf checks
// them for AMQP. A refusal is TOPIC_AUTHORIZATION_FAILED or GROUP_AUTHORIZATION_FAILED.
import { AccessRefused } from '../broker/index.js';
/** Whether `access` allows `permission` on a topic (checked on its name, as a stream queue). */
export function topicAllowed(access, permission, topic) {
    if (!access)
        return false;
    try {
        access.check(permission, 'queue', topic);
        return true;
    }
    catch (err) {
        if (err instanceof AccessRefused)
            return false;
        throw err;
    }
}
/** Group operations need read on the group id (as a queue name pattern). */
export function groupAllowed(access, group) {
    return topicAllowed(access, 'read', group);
}
//# sourceMappingURL=access.js.map