// The order rows a screen holds. Rows arrive coalesced and possibly out of order: one is applied only
// when its sequence is greater than what is held for that order (removals included). A terminal row
// (closed, answered, merged, transferred) leaves the lists like a removed one.

const gone = (row) => row.removed || row.terminal;

export class OrderStore {
  constructor() {
    this.rows = new Map();
    this.sequences = new Map();
  }

  /** Replaces everything with a snapshot's rows. */
  replace(rows) {
    this.rows.clear();
    this.sequences.clear();
    for (const row of rows ?? []) {
      this.sequences.set(row.id, row.sequence ?? 0);
      if (!gone(row)) this.rows.set(row.id, row);
    }
  }

  /** Applies pushed rows; returns the ids that were added, changed and removed. */
  apply(rows) {
    const result = { added: [], changed: [], removed: [] };
    for (const row of rows ?? []) {
      const held = this.sequences.get(row.id);
      if (held !== undefined && (row.sequence ?? 0) <= held) continue;
      this.sequences.set(row.id, row.sequence ?? 0);
      if (gone(row)) {
        if (this.rows.delete(row.id)) result.removed.push(row.id);
      } else {
        (this.rows.has(row.id) ? result.changed : result.added).push(row.id);
        this.rows.set(row.id, row);
      }
    }
    return result;
  }

  /** Changes fields of a held row without touching its sequence (an action's own answer). */
  patch(id, fields) {
    const row = this.rows.get(id);
    if (row) this.rows.set(id, { ...row, ...fields });
  }

  get(id) { return this.rows.get(id); }
  has(id) { return this.rows.has(id); }
  values() { return [...this.rows.values()]; }
  get size() { return this.rows.size; }
}
