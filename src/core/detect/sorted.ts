/** The index of the last entry (in source order) that starts before `offset`, or -1: a binary search. */
export function lastBefore(list: ReadonlyArray<{ at: number }>, offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.at ?? 0) < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** How many of the ascending `offsets` are below `limit` (by bisection): also the index of the first at or after it. */
export function countBelow(offsets: readonly number[], limit: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] ?? 0) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first entry starting at or after `offset` in a list sorted by `start` (its length when none does). */
export function firstStartingFrom(list: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
