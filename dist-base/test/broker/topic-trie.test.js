// The topic trie against a plain reference matcher (dynamic programming over pattern and
// key words, RabbitMQ's semantics): random patterns and keys from a seeded generator,
// bindings added and removed, identical results. And the patterns that made backtracking
// exponential cost at most (words + 1) × nodes steps.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TopicTrie, topicWords } from '../../src/broker/exchanges/topic-trie.js';
/** p[0..i) matches w[0..j): '#' is zero or more words, '*' exactly one. */
function referenceMatch(pattern, key) {
    const p = topicWords(pattern);
    const w = topicWords(key);
    let prev = new Array(w.length + 1).fill(false);
    prev[0] = true;
    for (let i = 1; i <= p.length; i++) {
        const row = new Array(w.length + 1).fill(false);
        for (let j = 0; j <= w.length; j++) {
            if (p[i - 1] === '#')
                row[j] = prev[j] || (j > 0 && row[j - 1]);
            else
                row[j] = j > 0 && prev[j - 1] && (p[i - 1] === '*' || p[i - 1] === w[j - 1]);
        }
        prev = row;
    }
    return prev[w.length];
}
/** mulberry32: a small seeded generator, so a failing case can be replayed */
function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function randomWords(rand, vocab, maxLen) {
    const n = Math.floor(rand() * (maxLen + 1));
    const words = [];
    for (let i = 0; i < n; i++)
        words.push(vocab[Math.floor(rand() * vocab.length)]);
    return words.join('.');
}
// '' is a word too ("a..b"); keys may hold '*' and '#' as literal words
const PATTERN_WORDS = ['a', 'b', 'c', '', '*', '*', '#', '#'];
const KEY_WORDS = ['a', 'b', 'c', 'd', '', '*', '#'];
function routeOf(trie, key) {
    const out = new Set();
    trie.match(key, out);
    return [...out].sort();
}
function expectedOf(bound, key) {
    const out = new Set();
    for (const b of bound)
        if (referenceMatch(b.pattern, key))
            out.add(b.destination);
    return [...out].sort();
}
describe('topic trie', () => {
    test('fuzz: 300 tries of 25 random patterns, 60 random keys each, before and after removals', () => {
        let cases = 0;
        for (let seed = 1; seed <= 300; seed++) {
            const rand = rng(seed);
            const trie = new TopicTrie();
            const bound = new Set();
            for (let i = 0; i < 25; i++) {
                // few destinations, so one destination has several patterns
                const b = { destination: `d${Math.floor(rand() * 8)}`, pattern: randomWords(rand, PATTERN_WORDS, 6) };
                assert.equal(trie.add(b.pattern, b), true);
                bound.add(b);
            }
            const keys = Array.from({ length: 60 }, () => randomWords(rand, KEY_WORDS, 8));
            for (const key of keys) {
                assert.deepEqual(routeOf(trie, key), expectedOf(bound, key), `seed ${seed}, key '${key}'`);
                cases++;
            }
            for (const b of [...bound]) {
                if (rand() < 0.6) {
                    assert.equal(trie.remove(b.pattern, b), true);
                    assert.equal(trie.remove(b.pattern, b), false, 'removed twice');
                    bound.delete(b);
                }
            }
            for (const key of keys) {
                assert.deepEqual(routeOf(trie, key), expectedOf(bound, key), `seed ${seed} after removals, '${key}'`);
                cases++;
            }
            for (const b of bound)
                trie.remove(b.pattern, b);
            assert.equal(trie.nodeCount, 1, `seed ${seed}: every node pruned once its bindings are gone`);
        }
        assert.equal(cases, 300 * 60 * 2);
    });
    test('the same value bound twice with one pattern is one binding', () => {
        const trie = new TopicTrie();
        const b = { destination: 'q', pattern: 'a.#' };
        assert.equal(trie.add('a.#', b), true);
        assert.equal(trie.add('a.#', b), false);
        assert.equal(trie.remove('a.#', b), true);
        assert.deepEqual(routeOf(trie, 'a.b'), []);
    });
    const adversarial = [
        ['#.a.#.a.#.a.#.a.#.a.#.b', '127 words', Array(127).fill('a').join('.')],
        ['12 × #.* then z', '100 words', Array(100).fill('a').join('.')],
    ];
    for (const [name, what, key] of adversarial) {
        test(`'${name}' against ${what} costs at most (words + 1) × nodes steps`, () => {
            const pattern = name.startsWith('12') ? `${'#.*.'.repeat(12)}z` : name;
            const trie = new TopicTrie();
            const b = { destination: 'q', pattern };
            trie.add(pattern, b);
            // a matching key too: the same words with the pattern's last word appended
            const last = topicWords(pattern).pop();
            const words = topicWords(key).length + 1;
            for (const [k, want] of [
                [key, false],
                [`${key}.${last}`, true],
            ]) {
                const before = trie.steps;
                const out = new Set();
                trie.match(k, out);
                assert.equal(out.has('q'), want);
                assert.equal(referenceMatch(pattern, k), want);
                const steps = trie.steps - before;
                assert.ok(steps <= (words + 1) * trie.nodeCount, `${steps} steps for ${trie.nodeCount} nodes`);
            }
        });
    }
});
//# sourceMappingURL=topic-trie.test.js.map