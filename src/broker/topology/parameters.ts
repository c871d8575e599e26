// Runtime parameters, as RabbitMQ's rabbit_runtime_parameters: values named by (vhost,
// component, name), each component validated by whoever registered it (shovels register
// "shovel" from src/shovel; the broker knows no component). A set or clear is recorded in
// the definitions log before it is applied, so a parameter survives a restart and its
// owner resumes it at boot (replay restores the values without asking the component:
// they were validated when set). Changes are audited and reported to the component.
// vhost-limits, which RabbitMQ also keeps as a parameter, stays with the vhost (limits.ts).
import type { AuditEvent } from '../operations/audit.js';
import type { DefinitionRecord } from '../definitions/definitions.js';
import { ValidationError } from '../errors.js';

export type ParameterValue = Record<string, unknown>;

export interface Parameter {
  vhost: string;
  component: string;
  name: string;
  value: ParameterValue;
  /**
   * The user who set it, when a user did (not a definitions file): a component may act
   * as that user (a shovel's local connection). Never exported.
   */
  user?: string;
}

export interface ParameterComponent {
  /**
   * RabbitMQ's validate/5: the problems found, in RabbitMQ's texts and order (empty when
   * valid). `user` is the acting user, undefined for a definitions file at start.
   */
  validate(vhost: string, name: string, value: unknown, user: string | undefined): string[];
  /** a parameter was created or changed (not called during replay at boot) */
  onSet?(p: Parameter): void;
  /** a parameter was cleared, or its vhost deleted */
  onClear?(vhost: string, name: string): void;
}

/** A set or clear RabbitMQ would refuse; the message is its error text ("Validation failed..."). */
export class ParameterError extends ValidationError {}

/** RabbitMQ's format_error: the header line, a blank line, then one line per problem. */
export function validationFailed(problems: string[]): ParameterError {
  return new ParameterError(`Validation failed\n\n${problems.map((p) => `${p}\n`).join('')}`);
}

type ParameterRecord = Extract<DefinitionRecord, { op: 'parameter' | 'parameter.delete' }>;

export interface ParametersContext {
  record(r: DefinitionRecord): void;
  audit(e: AuditEvent): void;
  vhostExists(name: string): boolean;
}

const key = (vhost: string, component: string, name: string) => `${vhost}\u0000${component}\u0000${name}`;

export class Parameters {
  private readonly components = new Map<string, ParameterComponent>();
  private readonly values = new Map<string, Parameter>();

  constructor(private readonly ctx: ParametersContext) {}

  /** Makes `component` known (RabbitMQ's rabbit_registry:register(runtime_parameter, ...)). */
  register(component: string, handler: ParameterComponent): void {
    this.components.set(component, handler);
  }

  has(component: string): boolean {
    return this.components.has(component);
  }

  get(vhost: string, component: string, name: string): Parameter | undefined {
    return this.values.get(key(vhost, component, name));
  }

  /** Every parameter, optionally of one component and one vhost, by vhost then name. */
  list(component?: string, vhost?: string): Parameter[] {
    const out: Parameter[] = [];
    for (const p of this.values.values()) {
      if (
        (component === undefined || p.component === component) &&
        (vhost === undefined || p.vhost === vhost)
      )
        out.push(p);
    }
    return out.sort((a, b) =>
      a.vhost === b.vhost ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.vhost < b.vhost ? -1 : 1,
    );
  }

  /** The problems RabbitMQ would report for this set, without changing anything. */
  check(vhost: string, component: string, name: string, value: unknown, user: string | undefined): string[] {
    const handler = this.components.get(component);
    if (!handler) return [`component ${component} not found`];
    return handler.validate(vhost, name, value, user);
  }

  /**
   * RabbitMQ's rabbit_runtime_parameters:set: validates (ParameterError with RabbitMQ's
   * text), records, applies and notifies the component. 'unchanged' when the value is the
   * one already set (nothing recorded or notified, as RabbitMQ's {old, Term}).
   */
  set(
    vhost: string,
    component: string,
    name: string,
    value: unknown,
    actor: string,
    user: string | undefined,
  ): 'created' | 'updated' | 'unchanged' {
    if (!this.ctx.vhostExists(vhost)) throw new ParameterError(`vhost '${vhost}' does not exist`);
    const problems = this.check(vhost, component, name, value, user);
    if (problems.length > 0) throw validationFailed(problems);
    const old = this.values.get(key(vhost, component, name));
    const v = value as ParameterValue;
    if (old && sameJson(old.value, v) && old.user === user) return 'unchanged';
    const p: Parameter = { vhost, component, name, value: structuredClone(v), user };
    this.ctx.record(toRecord(p));
    this.values.set(key(vhost, component, name), p);
    // not the value: a shovel's URIs may hold passwords, which audit events never show
    this.ctx.audit({ event: 'parameter.set', actor, vhost, component, name });
    this.components.get(component)?.onSet?.(p);
    return old ? 'updated' : 'created';
  }

  /** RabbitMQ's clear: false when there was no such parameter ("Parameter does not exist"). */
  clear(vhost: string, component: string, name: string, actor: string): boolean {
    const k = key(vhost, component, name);
    if (!this.values.has(k)) return false;
    this.ctx.record({ op: 'parameter.delete', vhost, component, name });
    this.values.delete(k);
    this.ctx.audit({ event: 'parameter.cleared', actor, vhost, component, name });
    this.components.get(component)?.onClear?.(vhost, name);
    return true;
  }

  /** The vhost is gone: its parameters go with it (RabbitMQ deletes them with the vhost). */
  dropVhost(vhost: string): void {
    for (const p of this.list(undefined, vhost)) {
      this.values.delete(key(p.vhost, p.component, p.name));
      this.components.get(p.component)?.onClear?.(p.vhost, p.name);
    }
  }

  /** Boot: restores a recorded set or clear without validating or notifying. */
  replay(r: ParameterRecord): void {
    const k = key(r.vhost, r.component, r.name);
    if (r.op === 'parameter.delete') this.values.delete(k);
    else
      this.values.set(k, {
        vhost: r.vhost,
        component: r.component,
        name: r.name,
        value: r.value,
        user: r.user,
      });
  }

  /** The live set, for compaction of the definitions log. */
  records(): DefinitionRecord[] {
    return this.list().map(toRecord);
  }
}

function toRecord(p: Parameter): ParameterRecord {
  const { vhost, component, name, value, user } = p;
  return user === undefined
    ? { op: 'parameter', vhost, component, name, value }
    : { op: 'parameter', vhost, component, name, value, user };
}

/** JSON values equal whatever their keys' order (RabbitMQ compares decoded terms). */
function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
