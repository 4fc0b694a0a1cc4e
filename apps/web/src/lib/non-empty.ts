/** A list known to hold at least one item: its first item is typed as present. */
export type NonEmptyArray<T> = [T, ...T[]];

export function isNonEmpty<T>(items: T[]): items is NonEmptyArray<T> {
  return items.length > 0;
}
