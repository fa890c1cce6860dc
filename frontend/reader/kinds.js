/**
 * The kinds the reader offers: the built-in ones and a project's own, as the server describes them
 * ([{id, label, key, cls}], `id` being what marks carry as their kind: "quote", "kind-12"). Which
 * key marks a selection as which kind, the toolbar's buttons, and the classes that paint a highlight.
 */

export const BUILT_IN_KINDS = [
  { id: 'quote', label: 'Quote', key: 'q', cls: 'k-quote' },
  { id: 'figure', label: 'Figure', key: 'f', cls: 'k-figure' },
  { id: 'note', label: 'Note', key: 'n', cls: 'k-note' },
];

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ESCAPES[c]);
// Class names the server sends are checked before they reach the page's markup.
const CLASS = /^[a-z0-9-]+$/;

/** The kinds from the server's JSON; the built-in ones when there is none or it cannot be read. */
export function parseKinds(json) {
  if (!json) return BUILT_IN_KINDS;
  try {
    const kinds = JSON.parse(json);
    return Array.isArray(kinds) && kinds.length > 0
      ? kinds.filter((k) => k && typeof k.id === 'string' && typeof k.label === 'string')
      : BUILT_IN_KINDS;
  } catch {
    return BUILT_IN_KINDS;
  }
}

/** The kind a key marks the selection as (case-insensitive), or null. */
export function kindForKey(kinds, key) {
  if (typeof key !== 'string' || key.length !== 1) return null;
  const k = key.toLowerCase();
  const found = kinds.find((kind) => kind.key && kind.key.toLowerCase() === k);
  return found ? found.id : null;
}

/** The toolbar's buttons, one per kind, each with its key; labels are escaped (a lead typed them). */
export function toolbarHtml(kinds) {
  return kinds
    .map((k) => {
      const cls = (k.cls || '').split(' ').filter((c) => CLASS.test(c)).join(' ');
      const key = k.key ? ` <kbd>${escapeHtml(k.key.toUpperCase())}</kbd>` : '';
      return `<button type="button" data-kind="${escapeHtml(k.id)}" class="${cls}">${escapeHtml(k.label)}${key}</button>`;
    })
    .join('');
}

/**
 * The classes of a highlight covering marks of these kinds: `k-<kind>` for each, and each kind's
 * own classes (a project kind's colour) when the server described it.
 */
export function markClasses(kinds, markKinds) {
  const out = new Set();
  for (const mk of markKinds) {
    out.add('k-' + mk);
    const kind = kinds.find((k) => k.id === mk);
    if (kind && kind.cls) {
      kind.cls.split(' ').filter((c) => CLASS.test(c)).forEach((c) => out.add(c));
    }
  }
  return [...out];
}
