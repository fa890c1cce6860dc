/**
 * Drawing: a paragraph of the article's text as HTML, cut at every boundary of the marks that
 * overlap it. Each piece covered by marks is one <mark> naming them (innermost first, so a click
 * picks the most specific), with the classes of their kinds; the text is escaped, never markup.
 * Offsets are UTF-16 indexes into the whole text, as the server counts them.
 */
import { markClasses } from './kinds.js';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/**
 * The HTML of text[s, e) with the marks ({id, k, s, e, t}) that overlap it; `kinds` as the server
 * described them (for a project kind's colour).
 */
export function paragraphHtml(text, s, e, marks, kinds) {
  if (marks.length === 0) {
    return escapeHtml(text.substring(s, e));
  }
  const cuts = new Set([s, e]);
  for (const a of marks) {
    if (a.s > s && a.s < e) cuts.add(a.s);
    if (a.e > s && a.e < e) cuts.add(a.e);
  }
  const points = Array.from(cuts).sort((x, y) => x - y);
  let out = '';
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1];
    const segment = escapeHtml(text.substring(from, to));
    const covering = marks.filter((a) => a.s <= from && a.e >= to);
    if (covering.length === 0) {
      out += segment;
      continue;
    }
    covering.sort((a, b) => a.e - a.s - (b.e - b.s));
    const classes = ['hl', ...markClasses(kinds, new Set(covering.map((a) => a.k)))];
    if (covering.length > 1) classes.push('hl-multi');
    if (covering.some((a) => a.s === from)) classes.push('hl-start');
    if (covering.some((a) => a.e === to)) classes.push('hl-end');
    const ids = covering.map((a) => escapeHtml(String(a.id))).join(' ');
    const title = escapeHtml(covering.map((a) => a.t).join('\n'));
    // Focusable, so highlights are reached with Tab and opened with Enter like a click.
    out += `<mark class="${classes.join(' ')}" data-ids="${ids}" title="${title}" tabindex="0">${segment}</mark>`;
  }
  return out;
}
