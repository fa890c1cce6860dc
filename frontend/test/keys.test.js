// Run by `node --test 'frontend/test/*.test.js'` (.ci/run does): the reader's keyboard rules without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extendStep, isUndo } from '../reader/keys.js';

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

test('ctrl+z or cmd+z is undo; with shift or alt, held down, or another key it is not', () => {
  const key = (k, mods = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, repeat: false, ...mods });
  assert.equal(isUndo(key('z', { ctrlKey: true })), true);
  assert.equal(isUndo(key('Z', { metaKey: true })), true);
  assert.equal(isUndo(key('z')), false);
  assert.equal(isUndo(key('z', { ctrlKey: true, shiftKey: true })), false);
  assert.equal(isUndo(key('z', { ctrlKey: true, altKey: true })), false);
  assert.equal(isUndo(key('z', { ctrlKey: true, repeat: true })), false);
  assert.equal(isUndo(key('y', { ctrlKey: true })), false);
  assert.equal(isUndo({ ctrlKey: true }), false);
});
