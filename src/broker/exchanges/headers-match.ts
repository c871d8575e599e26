// Headers exchange matching as RabbitMQ defines it (rabbit_exchange_type_headers):
// x-match = all (default) | any | all-with-x | any-with-x. With all/any, binding keys
// starting with "x-" are ignored; the -with-x variants compare them too. A binding
// value of void matches any value of a present header.
export type MatchMode = 'all' | 'any' | 'all-with-x' | 'any-with-x';

export function matchMode(args: Record<string, unknown>): MatchMode | undefined {
  const m = args['x-match'];
  if (m === undefined) return 'all';
  if (m === 'all' || m === 'any' || m === 'all-with-x' || m === 'any-with-x') return m;
  return undefined;
}

export function headersMatch(
  args: Record<string, unknown>,
  mode: MatchMode,
  headers: Record<string, unknown> | undefined,
): boolean {
  const withX = mode === 'all-with-x' || mode === 'any-with-x';
  const all = mode === 'all' || mode === 'all-with-x';
  const h = headers ?? {};
  for (const key of Object.keys(args)) {
    if (key === 'x-match') continue;
    if (!withX && key.startsWith('x-')) continue;
    const expected = args[key];
    const present = Object.hasOwn(h, key);
    const ok = present && (expected === null || expected === undefined || sameValue(expected, h[key]));
    if (all && !ok) return false;
    if (!all && ok) return true;
  }
  return all;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'bigint') return BigInt(a) === b;
  if (typeof a === 'bigint' && typeof b === 'number') return a === BigInt(b);
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => sameValue((a as never)[k], (b as never)[k]));
  }
  return false;
}
