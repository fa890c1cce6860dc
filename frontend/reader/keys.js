/**
 * The keys that make or adjust a selection in an article's text without a mouse (with Shift), as
 * the step Selection.modify takes. Arrow keys go the way the text is drawn: left and right are
 * visual, so in a right-to-left script (Arabic, Hebrew) Shift+Left extends the selection towards
 * the end of the sentence, as it does in every text editor. Up and Down go by lines; Home and End
 * to the ends of the line (in the text's own order).
 */
const STEPS = {
  ArrowRight: { direction: 'right', granularity: 'character' },
  ArrowLeft: { direction: 'left', granularity: 'character' },
  ArrowDown: { direction: 'forward', granularity: 'line' },
  ArrowUp: { direction: 'backward', granularity: 'line' },
  End: { direction: 'forward', granularity: 'lineboundary' },
  Home: { direction: 'backward', granularity: 'lineboundary' },
};

/**
 * The Selection.modify step of `key` ({direction, granularity}), or null when the key extends no
 * selection; with Ctrl, a character step is a word step.
 */
export function extendStep(key, ctrlKey) {
  const step = STEPS[key];
  if (!step) {
    return null;
  }
  return { direction: step.direction, granularity: ctrlKey && step.granularity === 'character' ? 'word' : step.granularity };
}

/**
 * Whether the key press asks to undo the last change: Ctrl+Z, or Cmd+Z on a Mac; not with Shift
 * (Ctrl+Shift+Z is redo elsewhere) or Alt, and not a key held down (one press, one undo).
 */
export function isUndo(e) {
  return Boolean((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && !e.repeat
    && (e.key || '').toLowerCase() === 'z');
}
