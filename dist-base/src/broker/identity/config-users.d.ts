import type { Broker } from '../broker.js';
import { type UserConfig } from './users.js';
/** How the config file's `users` must look (named in its error messages). */
export declare const USERS_SHAPE = "an array of {name, password | password_hash, hashing_algorithm?, tags?, loopbackOnly?, permissions?}";
/** Why a config `users` entry is unusable, or undefined when it is fine. */
export declare function userConfigProblem(u: unknown): string | undefined;
/** RabbitMQ's first boot: vhost '/' and, without configured users, guest/guest. */
export declare function seedDefaults(broker: Broker, hasConfigUsers: boolean): void;
export declare function applyConfigUsers(broker: Broker, list: UserConfig[]): void;
