// Run by `node --test 'frontend/test/*.test.js'` (.ci/run does): the reader's keyboard rules without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extendStep } from '../reader/keys.js';

test('left and right arrows extend the selection the way the text is drawn, in any script', () => {
  assert.deepEqual(extendStep('ArrowRight', false), { direction: 'right', granularity: 'character' });
  assert.deepEqual(extendStep('ArrowLeft', false), { direction: 'left', granularity: 'character' });
});

test('ctrl makes a character step a word step, and only that', () => {
  assert.deepEqual(extendStep('ArrowLeft', true), { direction: 'left', granularity: 'word' });
  assert.deepEqual(extendStep('ArrowDown', true), { direction: 'forward', granularity: 'line' });
  assert.deepEqual(extendStep('Home', true), { direction: 'backward', granularity: 'lineboundary' });
});

test('keys that select nothing are not steps', () => {
  assert.equal(extendStep('q', false), null);
  assert.equal(extendStep('Enter', false), null);
  assert.equal(extendStep('PageDown', false), null);
});
