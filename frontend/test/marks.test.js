// Run by `node --test 'frontend/test/*.test.js'` (.ci/run does): the reader's marks, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Marks } from '../reader/marks.js';

test('a new mark redraws its own words, a moved one its old and new place', () => {
  const marks = new Marks();
  assert.deepEqual(marks.upsert({ id: 'a1', k: 'quote', s: 10, e: 20, t: '' }), { from: 10, to: 20 });
  assert.deepEqual(marks.upsert({ id: 'a1', k: 'quote', s: 30, e: 40, t: '' }), { from: 10, to: 40 });
  assert.equal(marks.list.length, 1);
});

test('removing redraws where the mark was, and a mark already gone changes nothing', () => {
  const marks = new Marks([{ id: 'a1', k: 'note', s: 5, e: 9, t: '' }]);
  assert.deepEqual(marks.remove('a1'), { from: 5, to: 9 });
  assert.equal(marks.remove('a1'), null);
  assert.equal(marks.list.length, 0);
});

test('hidden kinds are left out, and a paragraph gets the marks that overlap it in order of start', () => {
  const marks = new Marks([
    { id: 'a2', k: 'kind-4', s: 50, e: 70, t: '' },
    { id: 'a1', k: 'quote', s: 0, e: 60, t: '' },
    { id: 'c1', k: 'contradiction', s: 55, e: 58, t: '' },
  ]);
  assert.deepEqual(marks.overlapping(new Set(), 40, 80).map((a) => a.id), ['a1', 'a2', 'c1']);
  assert.deepEqual(marks.overlapping(new Set(['kind-4']), 40, 80).map((a) => a.id), ['a1', 'c1']);
  assert.deepEqual(marks.overlapping(new Set(), 60, 61).map((a) => a.id), ['a2']);
});
