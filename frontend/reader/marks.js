/**
 * Marks: the highlights an article shows ({id, k, s, e, t}), changed one at a time as the server
 * sends them. Each change says which stretch of the text must be drawn again: the mark's old and
 * new place, never the whole text.
 */
export class Marks {
  constructor(list = []) {
    this.list = list;
  }

  /** Adds the mark or replaces the one with its id; the range [from, to) to draw again. */
  upsert(mark) {
    const old = this.list.find((x) => x.id === mark.id);
    this.list = this.list.filter((x) => x.id !== mark.id);
    this.list.push(mark);
    return old ? { from: Math.min(old.s, mark.s), to: Math.max(old.e, mark.e) } : { from: mark.s, to: mark.e };
  }

  /** Removes the mark with this id; the range to draw again, or null when there was none. */
  remove(id) {
    const old = this.list.find((x) => x.id === id);
    if (!old) return null;
    this.list = this.list.filter((x) => x.id !== id);
    return { from: old.s, to: old.e };
  }

  /** The marks of kinds not hidden (the side panel's filters). */
  shown(hidden) {
    return hidden.size === 0 ? this.list : this.list.filter((a) => !hidden.has(a.k));
  }

  /** The shown marks overlapping [s, e), in order of start: what one paragraph draws. */
  overlapping(hidden, s, e) {
    return this.shown(hidden).filter((a) => a.s < e && a.e > s).sort((a, b) => a.s - b.s);
  }
}
