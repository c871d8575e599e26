import { type Access } from '../broker/index.js';
export type TopicPermission = 'configure' | 'write' | 'read';
/** Whether `access` allows `permission` on a topic (checked on its name, as a stream queue). */
export declare function topicAllowed(access: Access | undefined, permission: TopicPermission, topic: string): boolean;
/** Group operations need read on the group id (as a queue name pattern). */
export declare function groupAllowed(access: Access | undefined, group: string): boolean;
