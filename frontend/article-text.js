/**
 * <cc-article-text>: draws an article's text with its highlights and reports selections.
 *
 * Light DOM on purpose: the text stays plain, selectable and searchable, and the page's styles
 * apply. The server sets two properties, `src` (where the element fetches the text, paragraphs
 * separated by "\n"; tests may set `text` directly) and either `marksSrc` (where the element fetches the marks, see
 * there) or `annotationsJson` ([{id, k, s, e, t}], UTF-16 offsets into `text`), then sends deltas through
 * upsertAnnotation(json) / removeAnnotation(id). Ids are strings ("a12" for annotation 12, "c7" for
 * contradiction span 7); kinds are quote, figure, note and contradiction. Offsets are counted the way Java counts them:
 * Range.toString().length is in UTF-16 code units, so emoji and combining marks before a
 * selection cannot shift it.
 *
 * Events: `cc-annotate` {kind, start, end} when the user asks to mark the selection,
 * `cc-mark-click` {ids} (space-separated, innermost first) when a highlight is clicked, `cc-select` {start, end} whenever a selection
 * in the text ends, and `cc-link` when the user presses C (with the `link-shortcut` attribute).
 * With `select-only`, the element reports selections but offers no annotation toolbar or keys.
 */
import { extendStep, isUndo } from './reader/keys.js';
import { BUILT_IN_KINDS, parseKinds, kindForKey, toolbarHtml } from './reader/kinds.js';
import { paragraphHtml } from './reader/markup.js';
import { Marks } from './reader/marks.js';

// How long one slice of a large text may take to build before the browser gets its turn, and how
// much HTML it may build: the browser then parses it, about 50 ms a megabyte on a slow machine.
// (Paragraphs without highlights are quick to build: 15 ms made up to 3.7 MB, parsed in 165 ms.)
const SLICE_MS = 15;
const SLICE_CHARS = 400000;
// Paragraphs are drawn in parts of this many: the browser skips styling and laying out a part that
// is off screen (content-visibility), so drawing the next slice of a large text costs the same at
// its end as at its start. One element per paragraph under the body made each frame re-lay out
// every paragraph drawn so far: up to half a second per slice towards the end of a 10 MB text.
const PART = 100;
// How far the pointer may move between press and release for a click on a highlight still to open it.
const DRAG_PX = 4;

/**
 * A same-origin fetch that fails unless the server itself answered: a redirect means that the
 * session ended and the sign-in page answered instead.
 */
async function fetchOwn(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok || response.redirected) {
    throw new Error(String(response.status));
  }
  return response;
}

/**
 * Lets the browser have its turn (paint, input) before going on. scheduler.yield where there is one:
 * a chain of setTimeout(0) waited about 200 ms a link in Chromium driven by a test (46 slices of a
 * 10 MB text took 9 s to draw for 1 s of work).
 */
const nextTask = () => (globalThis.scheduler && typeof globalThis.scheduler.yield === 'function'
  ? globalThis.scheduler.yield()
  : new Promise((resolve) => setTimeout(resolve, 0)));

// How much of a response is decoded at a time.
const PIECE_BYTES = 1 << 20;

/**
 * The body of a response as text, decoded a piece at a time: response.text() decodes a 10 MB
 * article in one go, a task of up to half a second during which the page does not answer. (A
 * preloaded body arrives whole, so reading it as a stream does not help.)
 */
async function readText(response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const decoder = new TextDecoder();
  const pieces = [];
  for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
    const last = at + PIECE_BYTES >= bytes.length;
    pieces.push(decoder.decode(bytes.subarray(at, at + PIECE_BYTES), { stream: !last }));
    if (!last) {
      await nextTask();
    }
  }
  return pieces.join('');
}

/** Lines of JSON, one value a line, parsed a slice at a time for the same reason. */
async function parseLines(text) {
  const values = [];
  let since = performance.now();
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end > at) {
      values.push(JSON.parse(text.substring(at, end)));
    }
    at = end + 1;
    if (performance.now() - since > SLICE_MS) {
      await nextTask();
      since = performance.now();
    }
  }
  return values;
}

class ArticleText extends HTMLElement {
  constructor() {
    super();
    this._text = '';
    this._annotations = [];
    this._hidden = new Set(); // kinds the side panel's filters leave out of the text
    this._kinds = BUILT_IN_KINDS; // what the toolbar and keys offer (kindsJson)
    this._paragraphs = []; // {s, e, el}
    this._renderQueued = false;
    this._textLoading = false;
    this._marksLoading = false; // fetching the marks (marksSrc), or waiting for the server to send them
    this._marksWaiting = []; // changes that arrived meanwhile, applied once the marks are there
    this._drawing = false;
    this._drawnAll = false; // the text (_drawnText) is drawn in full: a redraw can go part by part in place
    this._generation = 0;
    this._afterText = []; // what waits for the text to arrive (scrolling to a mark, selecting a range)
    this._onSelectionEnd = this._onSelectionEnd.bind(this);
    this._onKeyDown = this._onKeyDown.bind(this);
    this._onClick = this._onClick.bind(this);
    this._onMouseDown = this._onMouseDown.bind(this);
    this._pressedAt = null; // where the last press of the main button was, to tell a click from a drag
  }

  connectedCallback() {
    if (!this._body) {
      this._body = document.createElement('div');
      this._body.className = 'cc-body';
      this._toolbar = document.createElement('div');
      this._toolbar.className = 'cc-toolbar';
      this._toolbar.hidden = true;
      this._toolbar.setAttribute('role', 'toolbar');
      this._toolbar.innerHTML = toolbarHtml(this._kinds);
      // Keep the selection alive while the button is pressed.
      this._toolbar.addEventListener('mousedown', (e) => e.preventDefault());
      this._toolbar.addEventListener('click', (e) => {
        const button = e.target.closest('button[data-kind]');
        if (button) {
          this._annotate(button.dataset.kind);
        }
      });
      this.append(this._body, this._toolbar);
    }
    this.addEventListener('mouseup', this._onSelectionEnd);
    this.addEventListener('keyup', this._onSelectionEnd);
    this.addEventListener('click', this._onClick);
    this.addEventListener('mousedown', this._onMouseDown);
    document.addEventListener('keydown', this._onKeyDown);
    this._scheduleRender();
  }

  disconnectedCallback() {
    this.removeEventListener('mouseup', this._onSelectionEnd);
    this.removeEventListener('keyup', this._onSelectionEnd);
    this.removeEventListener('click', this._onClick);
    this.removeEventListener('mousedown', this._onMouseDown);
    document.removeEventListener('keydown', this._onKeyDown);
  }

  set text(value) {
    this._src = null;
    this._textLoading = false;
    this._text = value || '';
    this._scheduleRender();
  }

  /**
   * Where to fetch the text (the server names it by its hash). The page may already have started
   * loading it (a preload link): fetch then takes that answer instead of asking again.
   */
  set src(url) {
    if (!url || url === this._src) {
      return;
    }
    this._src = url;
    this._textLoading = true;
    fetchOwn(url)
      .then(readText)
      .then((text) => {
        if (this._src === url) {
          this._textLoading = false;
          this._text = text;
          this._scheduleRender(); // what waited for the text runs once it is drawn
        }
      })
      .catch(() => {
        if (this._src === url && this._body) {
          // The words come from the server in the reader's language; English until they have arrived.
          this._body.textContent = this.loadFailedText
            || 'The text of this article could not be loaded. Reload the page to try again.';
          this._body.classList.add('cc-load-failed');
        }
      });
  }

  get src() {
    return this._src;
  }

  /**
   * Where to fetch the marks (lines of JSON: {seen}, then a mark a line): like the text, the page
   * may already be loading them. They are drawn only if they are not older than what the server
   * follows (marksSeen); otherwise, or if they cannot be fetched, the element asks the server
   * (cc-marks-stale), which calls drawMarks. Changes sent meanwhile wait for the marks.
   */
  set marksSrc(url) {
    if (!url || url === this._marksSrc) {
      return;
    }
    this._marksSrc = url;
    this._marksLoading = true;
    this._marksFetched = null;
    fetchOwn(url)
      .then(readText)
      .then(parseLines)
      .then(([head, ...marks]) => ({ seen: head.seen, marks }))
      .then((fetched) => {
        if (this._marksSrc === url && this._marksLoading) {
          this._marksFetched = fetched;
          this._takeFetchedMarks();
        }
      })
      .catch(() => {
        if (this._marksSrc === url && this._marksLoading) {
          this._askForMarks();
        }
      });
  }

  get marksSrc() {
    return this._marksSrc;
  }

  /** The count of changes the server's subscription started from: fetched marks must hold them all. */
  set marksSeen(seen) {
    this._marksSeen = seen;
    this._takeFetchedMarks();
  }

  /** The server sends the marks (drawMarks); changes keep waiting for them. */
  _askForMarks() {
    this.dispatchEvent(new CustomEvent('cc-marks-stale'));
  }

  _takeFetchedMarks() {
    const fetched = this._marksFetched;
    if (!fetched || this._marksSeen === undefined || !this._marksLoading) {
      return;
    }
    this._marksFetched = null;
    if (fetched.seen < this._marksSeen) {
      this._askForMarks();
      return;
    }
    this._annotations = fetched.marks;
    this._marksLoading = false;
    this._marksWaiting.splice(0).forEach((change) => change());
    this._scheduleRender();
  }

  /** Runs `later` once the text is there and drawn: true when it had to wait. */
  _waitForText(later) {
    if (this._textLoading || this._marksLoading || this._drawing) {
      this._afterText.push(later);
      return true;
    }
    return false;
  }

  get text() {
    return this._text;
  }

  /**
   * The kinds the project offers ([{id, label, key, cls}]): the toolbar's buttons, the keys that
   * mark, the colours of a project kind's highlights. Sent again when a lead changes them.
   */
  set kindsJson(json) {
    this._kinds = parseKinds(json);
    if (this._toolbar) {
      this._toolbar.innerHTML = toolbarHtml(this._kinds);
    }
    this._scheduleRender();
  }

  /** Kinds not to draw ("quote figure"): the side panel's filters apply to the text too. */
  set hiddenKinds(kinds) {
    this._hidden = new Set((kinds || '').split(' ').filter(Boolean));
    this._scheduleRender();
  }

  /** The highlights drawn: those of the kinds not filtered out. */
  _shown() {
    return new Marks(this._annotations).shown(this._hidden);
  }

  set annotationsJson(json) {
    this._annotations = json ? JSON.parse(json) : [];
    // Sent after every change that waited: they are in it already.
    this._marksLoading = false;
    this._marksFetched = null;
    this._marksWaiting = [];
    this._scheduleRender();
  }

  /** All the marks, as annotationsJson, also when the server last sent the same ones. */
  drawMarks(json) {
    this.annotationsJson = json;
  }

  upsertAnnotation(json) {
    if (this._marksLoading) {
      this._marksWaiting.push(() => this.upsertAnnotation(json));
      return;
    }
    const marks = new Marks(this._annotations);
    const changed = marks.upsert(JSON.parse(json));
    this._annotations = marks.list;
    this._rerenderRange(changed.from, changed.to);
  }

  removeAnnotation(id) {
    if (this._marksLoading) {
      this._marksWaiting.push(() => this.removeAnnotation(id));
      return;
    }
    const marks = new Marks(this._annotations);
    const changed = marks.remove(id);
    if (changed) {
      this._annotations = marks.list;
      this._rerenderRange(changed.from, changed.to);
    }
  }

  scrollToAnnotation(id) {
    if (this._waitForText(() => this.scrollToAnnotation(id))) {
      return;
    }
    if (this._renderQueued) {
      queueMicrotask(() => this.scrollToAnnotation(id)); // after the pending render
      return;
    }
    const selector = `mark[data-ids~="${CSS.escape(String(id))}"]`;
    const mark = this._body && this._body.querySelector(selector);
    if (!mark) {
      return;
    }
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this._body.querySelectorAll('mark.cc-flash').forEach((m) => m.classList.remove('cc-flash'));
    this._body.querySelectorAll(selector).forEach((m) => m.classList.add('cc-flash'));
  }

  /** Selects start–end of the text, scrolls it into view and offers the toolbar, as if the user had selected it. */
  selectRange(start, end) {
    if (this._waitForText(() => this.selectRange(start, end))) {
      return;
    }
    if (this._renderQueued) {
      queueMicrotask(() => this.selectRange(start, end)); // after the pending render
      return;
    }
    const from = this._pointAt(start);
    const to = this._pointAt(end);
    if (!from || !to) {
      return;
    }
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const anchor = from.node.nodeType === Node.TEXT_NODE ? from.node.parentElement : from.node;
    anchor.scrollIntoView({ block: 'center' });
    this._onSelectionEnd();
  }

  /** The DOM point (text node, offset) of a text offset, or null outside the text. */
  _pointAt(offset) {
    const p = this._paragraphs.find((x) => offset >= x.s && offset <= x.e);
    if (!p || !p.el) {
      return null;
    }
    const walker = document.createTreeWalker(p.el, NodeFilter.SHOW_TEXT);
    let at = p.s;
    let last = null;
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (offset <= at + node.data.length) {
        return { node, offset: offset - at };
      }
      at += node.data.length;
      last = node;
    }
    return last ? { node: last, offset: last.data.length } : { node: p.el, offset: 0 };
  }

  clearSelection() {
    window.getSelection().removeAllRanges();
    this._toolbar.hidden = true;
  }

  get readOnly() {
    return this.hasAttribute('readonly') || this.hasAttribute('select-only');
  }

  // ---- rendering -------------------------------------------------------------------------------

  _scheduleRender() {
    if (this._renderQueued || !this._body) {
      return;
    }
    this._renderQueued = true;
    queueMicrotask(() => {
      this._renderQueued = false;
      this._renderAll();
    });
  }

  /**
   * Draws the whole text with its highlights. A large text is drawn a slice at a time, the first
   * screen first, yielding to the browser between slices so that scrolling and selecting never wait
   * long; `data-ready` is set once every paragraph is drawn. Changes that arrive meanwhile are
   * drawn with the paragraphs still to come. Once a text is drawn in full, drawing it again (a kind
   * hidden, all the highlights anew) redraws its parts in place: see _redrawInPlace.
   */
  _renderAll() {
    if (this._textLoading || this._marksLoading) {
      return; // drawn when the text and the marks are there
    }
    window.__ccRenderStartedAt = window.__ccRenderStartedAt || performance.now();
    const text = this._text;
    const generation = ++this._generation;
    if (this._drawnAll && this._drawnText === text && this._body.children.length > 0) {
      this._redrawInPlace(generation);
      return;
    }
    const paragraphs = [];
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      paragraphs.push({ s: start, e: end, el: null });
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    this._paragraphs = paragraphs;
    this.toggleAttribute('large', text.length > 200000);
    this._drawnText = text;
    this._drawnAll = false;
    this._body.textContent = '';
    this._drawing = true;
    this._sweepStale = false;
    let i = 0;
    let sweep = this._sweepFrom(paragraphs, 0);
    // A part off screen is given the height it will probably have (about so many pixels per line of
    // 80 characters, as measured on the first part drawn), so that the scroll bar is about right.
    let lineHeight = 0;
    const slice = () => {
      if (this._sweepStale) {
        this._sweepStale = false;
        sweep = this._sweepFrom(paragraphs, i);
      }
      const from = i;
      const html = [];
      const lines = [];
      const started = performance.now();
      let built = 0;
      while (i < paragraphs.length
          && (i === from || (performance.now() - started < SLICE_MS && built < SLICE_CHARS))) {
        const end = Math.min(paragraphs.length, i + PART);
        const part = [];
        let partLines = 0;
        for (; i < end; i++) {
          const p = paragraphs[i];
          sweep.open = sweep.open.filter((a) => a.e > p.s);
          while (sweep.next < sweep.sorted.length && sweep.sorted[sweep.next].s < p.e) {
            if (sweep.sorted[sweep.next].e > p.s) {
              sweep.open.push(sweep.sorted[sweep.next]);
            }
            sweep.next++;
          }
          part.push(`<p dir="auto" data-s="${p.s}">${this._paragraphHtml(p, sweep.open)}</p>`);
          partLines += Math.ceil((p.e - p.s + 1) / 80) + 0.5;
        }
        lines.push(partLines);
        const height = Math.round(partLines * (lineHeight || 29));
        html.push(`<div class="cc-part" style="contain-intrinsic-size: auto ${height}px">${part.join('')}</div>`);
        built += html[html.length - 1].length;
      }
      this._body.insertAdjacentHTML('beforeend', html.join(''));
      // For the reader benchmark: how many slices, and how long they took in all.
      window.__ccSlices = (window.__ccSlices || 0) + 1;
      window.__ccSliceMs = (window.__ccSliceMs || 0) + performance.now() - started;
      const parts = this._body.children;
      for (let k = from; k < i; k++) {
        paragraphs[k].el = parts[Math.floor(k / PART)].children[k % PART];
      }
      if (!lineHeight && parts.length > 0) {
        lineHeight = parts[0].getBoundingClientRect().height / lines[0];
      }
    };
    slice();
    window.__ccHtmlWrittenAt = window.__ccHtmlWrittenAt || performance.now();
    if (i < paragraphs.length) {
      requestAnimationFrame(() => {
        window.__ccFirstScreenAt = window.__ccFirstScreenAt || performance.now();
      });
    }
    this._continue(generation, slice, () => i >= paragraphs.length);
  }

  /**
   * Draws every highlight of the text drawn already, part by part in place: first the parts on
   * screen, then those below, then those above, a slice at a time. The parts keep their place and
   * about their height, so the reader keeps theirs, and a 10 MB text never holds the page for long.
   * A change that arrives meanwhile is drawn at once where it is drawn already (_rerenderRange), and
   * with the parts still to come.
   */
  _redrawInPlace(generation) {
    const paragraphs = this._paragraphs;
    const parts = Array.from(this._body.children);
    this._drawing = true;
    this._sweepStale = false;
    let buckets = this._marksByPart(parts.length);
    const order = this._partsOnScreenFirst(parts);
    let at = 0;
    const slice = () => {
      if (this._sweepStale) {
        this._sweepStale = false;
        buckets = this._marksByPart(parts.length);
      }
      const started = performance.now();
      let built = 0;
      while (at < order.length && (built === 0 || (performance.now() - started < SLICE_MS && built < SLICE_CHARS))) {
        const k = order[at++];
        const from = k * PART;
        const to = Math.min(paragraphs.length, from + PART);
        const html = [];
        for (let i = from; i < to; i++) {
          const p = paragraphs[i];
          const open = buckets[k].filter((a) => a.s < p.e && a.e > p.s);
          html.push(`<p dir="auto" data-s="${p.s}">${this._paragraphHtml(p, open)}</p>`);
        }
        const part = html.join('');
        parts[k].innerHTML = part;
        built += part.length;
        for (let i = from; i < to; i++) {
          paragraphs[i].el = parts[k].children[i - from];
        }
      }
    };
    slice();
    this._continue(generation, slice, () => at >= order.length);
  }

  /** Runs slices of a drawing until it is done, each in a task of its own, unless a newer drawing replaced it. */
  _continue(generation, slice, done) {
    const finish = () => {
      this._drawing = false;
      this._drawnAll = true;
      window.__ccDrawnAt = window.__ccDrawnAt || performance.now();
      // Highlights are drawn: report the time for the reader benchmark and for tests.
      requestAnimationFrame(() => {
        this.setAttribute('data-ready', String(this._annotations.length));
        window.__ccReaderReadyAt = performance.now();
      });
      this._afterText.splice(0).forEach((later) => later());
    };
    const next = () => {
      if (generation !== this._generation) {
        return; // a newer drawing replaced this one
      }
      if (done()) {
        finish();
        return;
      }
      slice();
      nextTask().then(next);
    };
    if (done()) {
      finish();
    } else {
      nextTask().then(next);
    }
  }

  /** The highlights shown, by part: those that overlap one of its paragraphs, and maybe a few more. */
  _marksByPart(count) {
    const paragraphs = this._paragraphs;
    const starts = [];
    const ends = [];
    for (let k = 0; k < count; k++) {
      starts.push(paragraphs[k * PART].s);
      ends.push(paragraphs[Math.min(paragraphs.length, (k + 1) * PART) - 1].e);
    }
    const buckets = starts.map(() => []);
    // In order of start, as the first drawing has them, so that a paragraph comes out the same.
    for (const a of this._shown().slice().sort((x, y) => x.s - y.s)) {
      // The last part that starts at or before the mark, then every part the mark reaches into.
      let low = 0;
      let high = count - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= a.s) low = mid; else high = mid - 1;
      }
      for (let k = low; k < count && starts[k] <= a.e; k++) {
        if (a.s <= ends[k] && a.e >= starts[k]) {
          buckets[k].push(a);
        }
      }
    }
    return buckets;
  }

  /** Indexes of the parts: those on screen, then those below them, then those above, nearest first. */
  _partsOnScreenFirst(parts) {
    // The first part not wholly above the window: it and those after it are on screen or below.
    const first = Math.max(0, parts.findIndex((part) => part.getBoundingClientRect().bottom > 0));
    const order = [];
    for (let k = first; k < parts.length; k++) order.push(k);
    for (let k = first - 1; k >= 0; k--) order.push(k);
    return order;
  }

  /** The highlights shown, in order of start, and where the sweep stands at paragraph `index`. */
  _sweepFrom(paragraphs, index) {
    const sorted = this._shown().slice().sort((a, b) => a.s - b.s);
    const at = index < paragraphs.length ? paragraphs[index].s : Infinity;
    let next = 0;
    const open = [];
    while (next < sorted.length && sorted[next].s < at) {
      if (sorted[next].e > at) {
        open.push(sorted[next]);
      }
      next++;
    }
    return { sorted, next, open };
  }

  /** Re-draws only the paragraphs a changed annotation touches. */
  _rerenderRange(from, to) {
    if (this._drawing) {
      this._sweepStale = true; // the paragraphs still to come are drawn with the change
    }
    for (const p of this._paragraphs) {
      if (p.el && p.e >= from && p.s <= to) {
        // In order of start, as a full drawing has them.
        const overlapping = this._shown().filter((a) => a.s < p.e && a.e > p.s).sort((a, b) => a.s - b.s);
        p.el.innerHTML = this._paragraphHtml(p, overlapping);
      }
    }
    this.setAttribute('data-ready', String(this._annotations.length));
  }

  /** The paragraph's text cut at every boundary of the annotations that overlap it (reader/markup.js). */
  _paragraphHtml(p, annotations) {
    return paragraphHtml(this._text, p.s, p.e, annotations, this._kinds);
  }

  // ---- selection -------------------------------------------------------------------------------

  /** The current selection as offsets into the text, or null when it is not inside the text. */
  _selectionOffsets() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) {
      return null;
    }
    const range = selection.getRangeAt(0);
    if (!this._body.contains(range.startContainer) || !this._body.contains(range.endContainer)) {
      return null;
    }
    const start = this._offsetOf(range.startContainer, range.startOffset);
    const end = this._offsetOf(range.endContainer, range.endOffset);
    return start <= end ? { start, end } : { start: end, end: start };
  }

  /** The text offset of a DOM boundary point (node, offset) inside the body. */
  _offsetOf(node, offset) {
    if (node === this._body || node.parentNode === this._body) {
      // A boundary between parts or between paragraphs: the start of the paragraph after it, or
      // the end of the text.
      const index = node === this._body ? offset * PART
        : Array.prototype.indexOf.call(this._body.children, node) * PART + offset;
      const p = this._paragraphs[index];
      return p ? p.s : this._text.length;
    }
    let paragraph = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
    while (paragraph && paragraph.parentNode && paragraph.parentNode.parentNode !== this._body) {
      paragraph = paragraph.parentNode;
    }
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(node, offset);
    return Number(paragraph.dataset.s) + range.toString().length;
  }

  _onSelectionEnd() {
    const offsets = this._selectionOffsets();
    if (offsets && offsets.start !== offsets.end) {
      this.dispatchEvent(new CustomEvent('cc-select', { detail: offsets }));
    }
    if (this.readOnly) {
      return;
    }
    if (!offsets || offsets.start === offsets.end) {
      this._toolbar.hidden = true;
      return;
    }
    const rect = window.getSelection().getRangeAt(0).getBoundingClientRect();
    const host = this.getBoundingClientRect();
    this._toolbar.style.left = `${Math.max(0, rect.left - host.left)}px`;
    this._toolbar.style.top = `${rect.bottom - host.top + 6}px`;
    this._toolbar.hidden = false;
  }

  _onKeyDown(e) {
    if (e.shiftKey && !e.altKey && !e.metaKey && this._extendSelection(e)) {
      return;
    }
    // Only when nothing else has the keyboard: not while typing in a field or a dialog is open.
    const active = document.activeElement;
    const keyboardFree = !(active && active !== document.body && !this.contains(active))
      && !document.querySelector('vaadin-dialog-overlay[opened], vaadin-dialog[opened], vaadin-confirm-dialog[opened]');
    if (isUndo(e)) {
      // A field keeps its own undo; here it undoes the reader's last change (the server knows which).
      if (keyboardFree && !this.readOnly) {
        e.preventDefault();
        this.dispatchEvent(new CustomEvent('cc-undo'));
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || !keyboardFree) {
      return;
    }
    if (e.key === 'Enter' && active && active.matches && active.matches('mark[data-ids]') && this._body.contains(active)) {
      e.preventDefault();
      this.dispatchEvent(new CustomEvent('cc-mark-click', { detail: { ids: active.dataset.ids } }));
      return;
    }
    if (e.key === '?' && this.hasAttribute('help-shortcut')) {
      e.preventDefault();
      this.dispatchEvent(new CustomEvent('cc-help'));
      return;
    }
    if (e.key.toLowerCase() === 'c' && this.hasAttribute('link-shortcut')) {
      e.preventDefault();
      this.dispatchEvent(new CustomEvent('cc-link'));
      return;
    }
    const kind = kindForKey(this._kinds, e.key);
    if (this.readOnly || !kind) {
      return;
    }
    const offsets = this._selectionOffsets();
    const selection = window.getSelection();
    const selectionHere = offsets || (selection && selection.rangeCount > 0 && !selection.isCollapsed);
    if (!offsets && selectionHere) {
      return; // a selection elsewhere on the page: not ours
    }
    e.preventDefault();
    this._annotate(kind);
  }

  /**
   * Shift + arrow keys make or adjust a selection in the text without a mouse: from the caret a
   * click leaves, from a selection, or from the start of the highlight that has the focus (reached
   * with Tab). Ctrl moves by words; Home/End go to the line's ends. Browsers do not move a selection
   * in text that is not editable unless caret browsing is on, hence Selection.modify.
   */
  _extendSelection(e) {
    const step = extendStep(e.key, e.ctrlKey);
    if (!step) {
      return false;
    }
    const selection = window.getSelection();
    const inText = selection.rangeCount > 0 && this._body.contains(selection.focusNode);
    if (!inText) {
      const active = document.activeElement;
      if (!(active && this._body.contains(active) && active.matches('mark[data-ids]'))) {
        return false;
      }
      selection.collapse(active.firstChild || active, 0);
    }
    e.preventDefault();
    selection.modify('extend', step.direction, step.granularity);
    this._onSelectionEnd();
    return true;
  }

  _annotate(kind) {
    const offsets = this._selectionOffsets() || { start: 0, end: 0 };
    this._toolbar.hidden = true;
    this.dispatchEvent(new CustomEvent('cc-annotate', { detail: { kind, start: offsets.start, end: offsets.end } }));
  }

  /**
   * A press on a highlight must not focus it: Chromium clears a selection that is not inside the
   * element it focuses, and a press on a highlight's first letter starts the selection just before
   * the highlight, so a drag from there selected nothing (and, released on the same highlight,
   * opened it instead). The highlight is taken out of the focus order for the press only: Tab and
   * Enter still reach and open it.
   */
  _onMouseDown(e) {
    this._pressedAt = e.button === 0 ? { x: e.clientX, y: e.clientY } : null;
    const mark = e.button === 0 && e.target.closest && e.target.closest('mark[data-ids]');
    if (!mark || !this._body.contains(mark)) {
      return;
    }
    mark.removeAttribute('tabindex');
    // After the press's default action (focus, the start of the selection), not before it.
    setTimeout(() => mark.setAttribute('tabindex', '0'));
  }

  /** The pointer moved between press and release: a drag (which selects), not a click. */
  _dragged(e) {
    const from = this._pressedAt;
    return from !== null && Math.hypot(e.clientX - from.x, e.clientY - from.y) > DRAG_PX;
  }

  _onClick(e) {
    const mark = e.target.closest && e.target.closest('mark[data-ids]');
    if (!mark || !this._body.contains(mark)) {
      return;
    }
    const selection = window.getSelection();
    if ((selection && !selection.isCollapsed) || this._dragged(e)) {
      return; // the end of a drag, not a click on the highlight
    }
    const ids = mark.dataset.ids;
    this.dispatchEvent(new CustomEvent('cc-mark-click', { detail: { ids } }));
  }
}

customElements.define('cc-article-text', ArticleText);
