/**
 * Facts of one kind that the project's files contribute, kept by file: a file read again replaces its own, and a file
 * emptied or removed takes its away, so an index the editor keeps up to date after a scan never answers with a file's
 * earlier text. The project's view over them is built when first asked for after a change, from the files in the order
 * they were first read, as one pass over them would have built it.
 */
export class FileFacts<T, V> {
  private merged: V | undefined;

  constructor(
    /** By file name: what `ProjectIndex.data()` hands another thread, and a new index takes back. */
    readonly byFile: Map<string, T>,
    private readonly merge: (byFile: ReadonlyMap<string, T>) => V,
  ) {}

  /** Replaces what `file` contributes (undefined: nothing); a file read again keeps its place, as a rescan would read it. */
  set(file: string, facts: T | undefined): void {
    if (facts !== undefined) this.byFile.set(file, facts);
    else if (!this.byFile.delete(file)) return;
    this.merged = undefined;
  }

  /** The view over every file's facts. */
  get view(): V {
    return (this.merged ??= this.merge(this.byFile));
  }

  /** Whether any file contributes (without building the view). */
  get empty(): boolean {
    return this.byFile.size === 0;
  }
}

/**
 * Files' values by name, merged in order: a name two files give values that `agree` says differ becomes what `disagree`
 * makes of the two (a later file's agreeing value wins).
 */
export function mergeByName<V>(maps: Iterable<ReadonlyMap<string, V> | undefined>, agree: (before: V, next: V) => boolean, disagree: (name: string, before: V, next: V) => V): Map<string, V> {
  const merged = new Map<string, V>();
  for (const map of maps) {
    for (const [name, next] of map ?? []) {
      const before = merged.get(name);
      merged.set(name, before !== undefined && !agree(before, next) ? disagree(name, before, next) : next);
    }
  }
  return merged;
}

/** A map, or undefined when it is empty (what a file without facts of a kind contributes). */
export function nonEmpty<M extends { readonly size: number }>(map: M): M | undefined {
  return map.size > 0 ? map : undefined;
}
