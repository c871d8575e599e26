// Definitions export and import in RabbitMQ's definitions JSON format (what
// `rabbitmqctl export_definitions` and GET /api/definitions write). Export reads the live
// topology; import goes through the same VHost calls AMQP uses (declareExchange,
// declareQueue, bindQueue/bindExchange), so the definitions log records every change
// on its single write path.
import { VERSION } from '../version.js';
import type { Broker } from './broker.js';
import { BrokerError } from './errors.js';
import { parsePolicy, type Policy, PolicyError, sortedPolicies } from './policies.js';
import type { VHost } from './vhost.js';

type Json = Record<string, unknown>;

/** A definitions document that cannot be applied; answered as 400 with this text. */
export class DefinitionsError extends Error {}

/** Sections RabbitMQ exports that Wharf has no model for yet: imported as ignored. */
const IGNORED_SECTIONS = ['permissions', 'topic_permissions', 'parameters', 'global_parameters'];

/** A policy as RabbitMQ exports it (and as GET /api/policies lists it). */
export function policyJson(p: Policy): Json {
  return {
    vhost: p.vhost,
    name: p.name,
    pattern: p.pattern,
    'apply-to': p.applyTo,
    definition: p.definition,
    priority: p.priority,
  };
}

function header(): Json {
  return {
    rabbit_version: `wharf ${VERSION}`,
    rabbitmq_version: `wharf ${VERSION}`,
    product_name: 'Wharf',
    product_version: VERSION,
  };
}

/** The exported items of one vhost, each with a `vhost` field when `withVhost`. */
function vhostItems(v: VHost, withVhost: boolean): { queues: Json[]; exchanges: Json[]; bindings: Json[] } {
  const vh = withVhost ? { vhost: v.name } : {};
  const queues: Json[] = [];
  const exported = new Set<string>();
  for (const q of v.queues.values()) {
    // exclusive and transient queues die with their connection or the broker: not definitions
    if (!q.options.durable || q.options.exclusive) continue;
    exported.add(q.name);
    queues.push({
      name: q.name,
      ...vh,
      durable: true,
      auto_delete: q.options.autoDelete,
      arguments: q.options.arguments,
    });
  }
  const exchanges: Json[] = [];
  const bindings: Json[] = [];
  for (const ex of v.exchanges.values()) {
    if (ex.name === '') continue;
    if (!ex.name.startsWith('amq.')) {
      exchanges.push({
        name: ex.name,
        ...vh,
        type: ex.type,
        durable: ex.options.durable,
        auto_delete: ex.options.autoDelete,
        internal: ex.options.internal,
        arguments: ex.options.arguments,
      });
    }
    for (const b of ex.bindings) {
      const d = b.destination;
      // a binding to a queue that is not exported could not be imported
      if (d.kind === 'queue' && !exported.has(d.name)) continue;
      bindings.push({
        source: ex.name,
        ...vh,
        destination: d.name,
        destination_type: d.kind,
        routing_key: b.routingKey,
        arguments: b.arguments,
      });
    }
  }
  return { queues, exchanges, bindings };
}

/** The whole broker's definitions (GET /api/definitions). */
export function exportDefinitions(broker: Broker): Json {
  const queues: Json[] = [];
  const exchanges: Json[] = [];
  const bindings: Json[] = [];
  for (const v of broker.vhosts.values()) {
    const items = vhostItems(v, true);
    queues.push(...items.queues);
    exchanges.push(...items.exchanges);
    bindings.push(...items.bindings);
  }
  const users = broker.config.users ?? [{ name: 'guest' }];
  return {
    ...header(),
    // Wharf's users come from its configuration, which holds plain passwords: those are
    // never exported, so password_hash is empty (an import of it sets no password).
    users: users.map((u) => ({
      name: u.name,
      password_hash: '',
      hashing_algorithm: 'rabbit_password_hashing_sha256',
      tags: [],
    })),
    vhosts: [...broker.vhosts.keys()].map((name) => ({ name })),
    permissions: [],
    topic_permissions: [],
    parameters: [],
    global_parameters: [],
    policies: sortedPolicies([...broker.vhosts.values()].flatMap((v) => [...v.policies.values()])).map(
      policyJson,
    ),
    queues,
    exchanges,
    bindings,
  };
}

/** One vhost's definitions (GET /api/definitions/{vhost}): no vhost fields, as RabbitMQ. */
export function exportVhostDefinitions(v: VHost): Json {
  // RabbitMQ keeps the vhost field on the policies of a per-vhost export
  const policies = sortedPolicies(v.policies.values()).map(policyJson);
  return { ...header(), parameters: [], policies, ...vhostItems(v, false) };
}

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function list(doc: Json, key: string): Json[] {
  const v = doc[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new DefinitionsError(`'${key}' must be an array`);
  for (const item of v) if (!isObject(item)) throw new DefinitionsError(`'${key}' must hold objects`);
  return v as Json[];
}

function str(item: Json, key: string, what: string, dflt?: string): string {
  const v = item[key] ?? dflt;
  if (typeof v !== 'string') throw new DefinitionsError(`${what}: '${key}' must be a string`);
  return v;
}

function bool(item: Json, key: string, what: string, dflt: boolean): boolean {
  const v = item[key] ?? dflt;
  if (typeof v !== 'boolean') throw new DefinitionsError(`${what}: '${key}' must be a boolean`);
  return v;
}

function args(item: Json, what: string): Json {
  const v = item.arguments ?? {};
  if (!isObject(v)) throw new DefinitionsError(`${what}: 'arguments' must be an object`);
  return v;
}

/**
 * Applies a definitions document: vhosts must exist (Wharf has only '/' until vhosts can
 * be created), then policies are set (as RabbitMQ does, before the queues), and
 * exchanges, queues and bindings are declared as AMQP would. An item equivalent to an
 * existing one is a no-op; an inequivalent one fails with the engine's message; an
 * invalid policy fails with RabbitMQ's validation text. Users, permissions and
 * parameters are ignored: the returned list says what was. `vhost` given: the per-vhost
 * form, items need no vhost field.
 */
export function importDefinitions(broker: Broker, body: unknown, vhost?: string): string[] {
  if (!isObject(body)) throw new DefinitionsError('definitions must be a JSON object');
  const warnings: string[] = [];
  const vhostNamed = (name: string): VHost => {
    const v = broker.vhost(name);
    if (!v) throw new DefinitionsError(`vhost '${name}' does not exist`);
    return v;
  };
  const target = vhost === undefined ? undefined : vhostNamed(vhost);
  const vhostFor = (item: Json, what: string): VHost => target ?? vhostNamed(str(item, 'vhost', what));

  // validate the whole document before changing anything
  if (target === undefined) for (const v of list(body, 'vhosts')) vhostNamed(str(v, 'name', 'vhost'));
  const exchanges = list(body, 'exchanges').map((x) => {
    const what = `exchange '${String(x.name)}'`;
    return {
      v: vhostFor(x, what),
      name: str(x, 'name', what),
      type: str(x, 'type', what),
      options: {
        durable: bool(x, 'durable', what, true),
        autoDelete: bool(x, 'auto_delete', what, false),
        internal: bool(x, 'internal', what, false),
        arguments: args(x, what),
      },
    };
  });
  const queues = list(body, 'queues').map((x) => {
    const what = `queue '${String(x.name)}'`;
    const name = str(x, 'name', what);
    if (name === '') throw new DefinitionsError('queue: a name is required');
    return {
      v: vhostFor(x, what),
      name,
      durable: bool(x, 'durable', what, true),
      autoDelete: bool(x, 'auto_delete', what, false),
      arguments: args(x, what),
    };
  });
  const policies = list(body, 'policies').map((x) => {
    const what = `policy '${String(x.name)}'`;
    const item = {
      v: vhostFor(x, what),
      name: str(x, 'name', what),
      input: { pattern: x.pattern, definition: x.definition, priority: x.priority, applyTo: x['apply-to'] },
    };
    try {
      parsePolicy(item.v.name, item.name, item.input);
    } catch (err) {
      if (err instanceof PolicyError) throw new DefinitionsError(`${what}: ${err.message}`);
      throw err;
    }
    return item;
  });
  const bindings = list(body, 'bindings').map((x) => {
    const what = `binding from '${String(x.source)}' to '${String(x.destination)}'`;
    const type = str(x, 'destination_type', what, 'queue');
    if (type !== 'queue' && type !== 'exchange') {
      throw new DefinitionsError(`${what}: 'destination_type' must be queue or exchange`);
    }
    return {
      v: vhostFor(x, what),
      source: str(x, 'source', what),
      destination: str(x, 'destination', what),
      type,
      routingKey: str(x, 'routing_key', what, ''),
      arguments: args(x, what),
    };
  });
  for (const u of list(body, 'users')) {
    const name = str(u, 'name', 'user');
    if (!(broker.config.users ?? [{ name: 'guest' }]).some((k) => k.name === name)) {
      warnings.push(`user '${name}' ignored: Wharf's users come from its configuration`);
    }
  }
  for (const key of IGNORED_SECTIONS) {
    const n = list(body, key).length;
    if (n > 0) warnings.push(`${n} ${key.replace(/_/g, ' ')} ignored: not supported by Wharf yet`);
  }

  try {
    for (const p of policies) p.v.putPolicy(p.name, p.input);
    for (const x of exchanges) x.v.declareExchange(x.name, x.type, x.options, false);
    for (const q of queues) {
      q.v.declareQueue(q.name, {
        passive: false,
        durable: q.durable,
        exclusive: false,
        autoDelete: q.autoDelete,
        arguments: q.arguments,
      });
    }
    for (const b of bindings) {
      if (b.type === 'queue') b.v.bindQueue(b.destination, b.source, b.routingKey, b.arguments);
      else b.v.bindExchange(b.destination, b.source, b.routingKey, b.arguments);
    }
  } catch (err) {
    if (err instanceof BrokerError) throw new DefinitionsError(err.message);
    throw err;
  }
  return warnings;
}
