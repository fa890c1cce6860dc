// Run by `node --test 'frontend/test/*.test.js'` (.ci/run does): the reader's kinds without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILT_IN_KINDS, parseKinds, kindForKey, toolbarHtml, markClasses } from '../reader/kinds.js';

const claim = { id: 'kind-12', label: 'Claim', key: 'l', cls: 'k-kind-12 pal-rose' };
const kinds = [...BUILT_IN_KINDS, claim];

test('a project kind is marked with its own key, in either case', () => {
  assert.equal(kindForKey(kinds, 'l'), 'kind-12');
  assert.equal(kindForKey(kinds, 'L'), 'kind-12');
  assert.equal(kindForKey(kinds, 'q'), 'quote');
});

test('keys no kind has, and keys that are not one character, mark nothing', () => {
  assert.equal(kindForKey(kinds, 'x'), null);
  assert.equal(kindForKey(kinds, 'Enter'), null);
  assert.equal(kindForKey([...BUILT_IN_KINDS, { id: 'kind-3', label: 'Source', key: '', cls: '' }], ''), null);
});

test('without a description from the server the built-in kinds are offered', () => {
  assert.deepEqual(parseKinds(''), BUILT_IN_KINDS);
  assert.deepEqual(parseKinds('not json'), BUILT_IN_KINDS);
  assert.equal(parseKinds(JSON.stringify(kinds)).length, 4);
});

test('a kind named with markup is shown as text in the toolbar', () => {
  const html = toolbarHtml([{ id: 'kind-9', label: '<img src=x onerror=alert(1)>', key: 'z', cls: 'k-kind-9 pal-teal' }]);
  assert.ok(!html.includes('<img'), html);
  assert.ok(html.includes('&lt;img'), html);
  assert.ok(html.includes('<kbd>Z</kbd>'), html);
});

test('a highlight gets the colour class of each kind it covers, and nothing the server did not vouch for', () => {
  assert.deepEqual(markClasses(kinds, ['kind-12']), ['k-kind-12', 'pal-rose']);
  assert.deepEqual(markClasses(kinds, ['quote', 'contradiction']), ['k-quote', 'k-contradiction']);
  assert.deepEqual(markClasses([{ id: 'kind-1', label: 'X', cls: 'ok "><script>' }], ['kind-1']), ['k-kind-1', 'ok']);
});
