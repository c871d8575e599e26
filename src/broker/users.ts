// Users known to the broker. The full permission model (vhosts, configure/write/read
// patterns, tags, password hashes) comes with the security work; for now a user has
// a password and a loopback-only flag, as RabbitMQ's default guest has.
import { timingSafeEqual } from 'node:crypto';

export interface UserConfig {
  name: string;
  password: string;
  /** RabbitMQ's loopback_users: may only connect from 127.0.0.0/8 or ::1 (default true for guest) */
  loopbackOnly?: boolean;
}

export class Users {
  private readonly users = new Map<string, UserConfig>();

  constructor(list: UserConfig[]) {
    for (const u of list) this.users.set(u.name, u);
  }

  /** The users, without their passwords (for the management API). */
  list(): { name: string; loopbackOnly: boolean }[] {
    return [...this.users.values()].map((u) => ({
      name: u.name,
      loopbackOnly: u.loopbackOnly ?? u.name === 'guest',
    }));
  }

  /** Returns an error text when refused, undefined when accepted. */
  check(name: string, password: string, remoteAddress: string | undefined): string | undefined {
    const u = this.users.get(name);
    const given = Buffer.from(password);
    const want = Buffer.from(u?.password ?? '');
    if (!u || given.length !== want.length || !timingSafeEqual(given, want)) {
      return `ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.`;
    }
    const loopbackOnly = u.loopbackOnly ?? u.name === 'guest';
    if (loopbackOnly && !isLoopback(remoteAddress)) {
      return `ACCESS_REFUSED - User '${name}' can only connect via localhost`;
    }
    return undefined;
  }
}

function isLoopback(addr: string | undefined): boolean {
  if (!addr) return false;
  const a = addr.startsWith('::ffff:') ? addr.slice(7) : addr;
  return a === '::1' || a.startsWith('127.');
}
