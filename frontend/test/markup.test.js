// Run by `node --test 'frontend/test/*.test.js'` (.ci/run does): how the reader draws a paragraph, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphHtml } from '../reader/markup.js';
import { BUILT_IN_KINDS } from '../reader/kinds.js';

const kinds = [...BUILT_IN_KINDS, { id: 'kind-4', label: 'Claim', key: 'l', cls: 'k-kind-4 pal-teal' }];
const text = 'Police said 12 officers died. <b>Later</b> more.';

test('a paragraph without marks is its text, escaped', () => {
  assert.equal(paragraphHtml(text, 30, text.length, [], kinds), '&lt;b&gt;Later&lt;/b&gt; more.');
});

test('a mark covers exactly its words and names itself, its kind and its tooltip', () => {
  const html = paragraphHtml(text, 0, 29, [{ id: 'a1', k: 'figure', s: 12, e: 23, t: 'Figure: 12 officers' }], kinds);
  assert.equal(html, 'Police said <mark class="hl k-figure hl-start hl-end" data-ids="a1" title="Figure: 12 officers"'
    + ' tabindex="0">12 officers</mark> died.');
});

test('overlapping marks are cut at every boundary, innermost first, and the overlap is marked', () => {
  const html = paragraphHtml(text, 0, 29, [
    { id: 'a1', k: 'quote', s: 0, e: 28, t: 'Quote' },
    { id: 'a2', k: 'kind-4', s: 12, e: 14, t: 'Claim' },
  ], kinds);
  const marks = [...html.matchAll(/<mark class="([^"]+)" data-ids="([^"]+)"[^>]*>([^<]*)<\/mark>/g)]
    .map((m) => [m[1], m[2], m[3]]);
  assert.deepEqual(marks, [
    ['hl k-quote hl-start', 'a1', 'Police said '],
    ['hl k-kind-4 pal-teal k-quote hl-multi hl-start hl-end', 'a2 a1', '12'],
    ['hl k-quote hl-end', 'a1', ' officers died'],
  ]);
});

test('a tooltip or id with markup stays text', () => {
  const html = paragraphHtml(text, 0, 6, [{ id: 'a"1', k: 'note', s: 0, e: 6, t: '<script>x</script>' }], kinds);
  assert.ok(!html.includes('<script>'), html);
  assert.ok(html.includes('title="&lt;script&gt;x&lt;/script&gt;"'), html);
  assert.ok(html.includes('data-ids="a&quot;1"'), html);
});

test('offsets count UTF-16 units, so a mark after an emoji stays on its words', () => {
  const flag = 'Almaty 🇰🇿 protests';
  const s = flag.indexOf('protests');
  const html = paragraphHtml(flag, 0, flag.length, [{ id: 'a1', k: 'note', s, e: s + 8, t: 'n' }], kinds);
  assert.ok(html.endsWith('>protests</mark>'), html);
});
