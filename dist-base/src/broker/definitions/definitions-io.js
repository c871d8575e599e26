// Definitions export and import in RabbitMQ's definitions JSON format (what
// `rabbitmqctl export_definitions` and GET /api/definitions write). Export reads the live
// state; import creates users, vhosts, permissions and limits (definitions-identity.ts),
// then goes through the same VHost calls AMQP uses (declareExchange, declareQueue,
// bindQueue/bindExchange), so the definitions log records every change on its single
// write path.
import { VERSION } from '../../version.js';
import { DEFINITIONS_FILE_ACTOR } from '../operations/audit.js';
import { applyIdentity, DefinitionsError, exportIdentity, isObject, limitParameters, list, planIdentity, str, } from './definitions-identity.js';
import { BrokerError } from '../errors.js';
import { ParameterError } from '../topology/parameters.js';
import { parsePolicy, PolicyError, sortedPolicies } from '../topology/policies.js';
export { DefinitionsError } from './definitions-identity.js';
/** Sections RabbitMQ exports that Wharf has no model for: imported as ignored. */
const IGNORED_SECTIONS = ['global_parameters'];
/** A policy as RabbitMQ exports it (and as GET /api/policies lists it). */
export function policyJson(p) {
    return {
        vhost: p.vhost,
        name: p.name,
        pattern: p.pattern,
        'apply-to': p.applyTo,
        definition: p.definition,
        priority: p.priority,
    };
}
/** A runtime parameter as RabbitMQ exports it (and as GET /api/parameters lists it). */
export function parameterJson(p) {
    return { value: p.value, vhost: p.vhost, component: p.component, name: p.name };
}
function header() {
    return {
        rabbit_version: `wharf ${VERSION}`,
        rabbitmq_version: `wharf ${VERSION}`,
        product_name: 'Wharf',
        product_version: VERSION,
    };
}
/** The exported items of one vhost, each with a `vhost` field when `withVhost`. */
function vhostItems(v, withVhost) {
    const vh = withVhost ? { vhost: v.name } : {};
    const queues = [];
    const exported = new Set();
    for (const q of v.queues.values()) {
        // exclusive and transient queues die with their connection or the broker: not definitions
        if (!q.options.durable || q.options.exclusive)
            continue;
        exported.add(q.name);
        queues.push({
            name: q.name,
            ...vh,
            durable: true,
            auto_delete: q.options.autoDelete,
            arguments: q.options.arguments,
        });
    }
    const exchanges = [];
    const bindings = [];
    for (const ex of v.exchanges.values()) {
        if (ex.name === '')
            continue;
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
            if (d.kind === 'queue' && !exported.has(d.name))
                continue;
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
export function exportDefinitions(broker) {
    const queues = [];
    const exchanges = [];
    const bindings = [];
    for (const v of broker.vhosts.values()) {
        const items = vhostItems(v, true);
        queues.push(...items.queues);
        exchanges.push(...items.exchanges);
        bindings.push(...items.bindings);
    }
    return {
        ...header(),
        ...exportIdentity(broker),
        parameters: [...limitParameters(broker.vhosts.values()), ...broker.parameters.list().map(parameterJson)],
        global_parameters: [],
        policies: sortedPolicies([...broker.vhosts.values()].flatMap((v) => [...v.policies.values()])).map(policyJson),
        queues,
        exchanges,
        bindings,
    };
}
/**
 * One vhost's definitions (GET /api/definitions/{vhost}): no vhost fields, as RabbitMQ;
 * with `broker`, its runtime parameters (shovels) too.
 */
export function exportVhostDefinitions(v, broker) {
    // RabbitMQ keeps the vhost field on the policies of a per-vhost export
    const policies = sortedPolicies(v.policies.values()).map(policyJson);
    return {
        ...header(),
        parameters: [
            ...limitParameters([v]),
            ...(broker?.parameters.list(undefined, v.name) ?? []).map(parameterJson),
        ],
        policies,
        ...vhostItems(v, false),
    };
}
function bool(item, key, what, dflt) {
    const v = item[key] ?? dflt;
    if (typeof v !== 'boolean')
        throw new DefinitionsError(`${what}: '${key}' must be a boolean`);
    return v;
}
function args(item, what) {
    const v = item.arguments ?? {};
    if (!isObject(v))
        throw new DefinitionsError(`${what}: 'arguments' must be an object`);
    return v;
}
/**
 * Applies a definitions document in RabbitMQ's order: users, vhosts, vhost limits,
 * permissions and topic permissions, then policies (before the queues, as RabbitMQ),
 * exchanges, queues and bindings, declared as AMQP would, then the parameters of
 * registered components (shovels: they start once their queues exist). The whole document is checked
 * first, so a bad item changes nothing. An item equivalent to an existing one is a no-op;
 * an inequivalent one fails with the engine's message; an invalid policy fails with
 * RabbitMQ's validation text. Items may name vhosts the document itself creates.
 * `vhost` given: the per-vhost form, items need no vhost field (and users, vhosts and
 * permissions are not read). Returns warnings for what was ignored; every change is
 * audited as made by `actor`.
 */
export function importDefinitions(broker, body, vhost, actor = DEFINITIONS_FILE_ACTOR) {
    if (!isObject(body))
        throw new DefinitionsError('definitions must be a JSON object');
    if (vhost !== undefined && !broker.vhosts.has(vhost))
        throw new DefinitionsError(`vhost '${vhost}' does not exist`);
    const warnings = [];
    const identity = planIdentity(broker, body, vhost, warnings);
    const vhostFor = (item, what) => {
        const name = vhost ?? str(item, 'vhost', what);
        if (!broker.vhosts.has(name) && !identity.vhosts.some((v) => v.name === name)) {
            throw new DefinitionsError(`vhost '${name}' does not exist`);
        }
        return name;
    };
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
        if (name === '')
            throw new DefinitionsError('queue: a name is required');
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
            parsePolicy(item.v, item.name, item.input);
        }
        catch (err) {
            if (err instanceof PolicyError)
                throw new DefinitionsError(`${what}: ${err.message}`);
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
    // parameters of registered components (shovels), validated as RabbitMQ's set would
    const user = actor === DEFINITIONS_FILE_ACTOR ? undefined : actor;
    const parameters = list(body, 'parameters')
        .filter((x) => x.component !== 'vhost-limits' && broker.parameters.has(String(x.component)))
        .map((x) => {
        const what = `parameter '${String(x.name)}' of component '${String(x.component)}'`;
        const item = {
            v: vhostFor(x, what),
            component: String(x.component),
            name: str(x, 'name', what),
            value: x.value,
        };
        // a vhost the document creates exists only once applied: its access is checked then
        if (broker.vhosts.has(item.v)) {
            const problems = broker.parameters.check(item.v, item.component, item.name, item.value, user);
            if (problems.length > 0)
                throw new DefinitionsError(`${what}: ${problems.join('; ')}`);
        }
        return item;
    });
    for (const key of IGNORED_SECTIONS) {
        const n = list(body, key).length;
        if (n > 0)
            warnings.push(`${n} ${key.replace(/_/g, ' ')} ignored: not supported by Wharf`);
    }
    broker.assertOpen();
    applyIdentity(broker, identity, actor);
    const at = (name) => broker.vhost(name);
    try {
        for (const p of policies)
            broker.putPolicy(at(p.v), p.name, p.input, actor);
        for (const x of exchanges)
            at(x.v).declareExchange(x.name, x.type, x.options, false);
        for (const q of queues) {
            at(q.v).declareQueue(q.name, {
                passive: false,
                durable: q.durable,
                exclusive: false,
                autoDelete: q.autoDelete,
                arguments: q.arguments,
            });
        }
        for (const b of bindings) {
            if (b.type === 'queue')
                at(b.v).bindQueue(b.destination, b.source, b.routingKey, b.arguments);
            else
                at(b.v).bindExchange(b.destination, b.source, b.routingKey, b.arguments);
        }
        // last, so a shovel finds the queues it names (RabbitMQ's order puts parameters first,
        // but its shovels, like Wharf's, connect only after the import)
        for (const p of parameters)
            broker.parameters.set(p.v, p.component, p.name, p.value, actor, user);
    }
    catch (err) {
        if (err instanceof BrokerError)
            throw new DefinitionsError(err.message);
        if (err instanceof ParameterError)
            throw new DefinitionsError(err.message);
        throw err;
    }
    broker.audit({
        event: 'definitions.imported',
        actor,
        vhost,
        users: identity.users.length,
        vhosts: identity.vhosts.length,
        permissions: identity.permissions.length,
        topic_permissions: identity.topicPermissions.length,
        policies: policies.length,
        exchanges: exchanges.length,
        queues: queues.length,
        bindings: bindings.length,
        parameters: parameters.length,
    });
    return warnings;
}
//# sourceMappingURL=definitions-io.js.map