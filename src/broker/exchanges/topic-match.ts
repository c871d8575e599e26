// AMQP topic matching as RabbitMQ does it: words split on '.', '*' is exactly one
// word, '#' is zero or more. The empty routing key has no words at all (RabbitMQ's
// split of <<>> is []), so '#' matches it and '*' does not.
export function topicWords(key: string): string[] {
  return key === '' ? [] : key.split('.');
}

export function topicMatches(pattern: readonly string[], words: readonly string[]): boolean {
  return matchFrom(pattern, 0, words, 0);
}

function matchFrom(p: readonly string[], pi: number, w: readonly string[], wi: number): boolean {
  while (pi < p.length) {
    const word = p[pi];
    if (word === '#') {
      // collapse runs of '#': they match the same as one
      while (pi + 1 < p.length && p[pi + 1] === '#') pi++;
      if (pi + 1 === p.length) return true;
      for (let k = wi; k <= w.length; k++) if (matchFrom(p, pi + 1, w, k)) return true;
      return false;
    }
    if (wi >= w.length) return false;
    if (word !== '*' && word !== w[wi]) return false;
    pi++;
    wi++;
  }
  return wi === w.length;
}
