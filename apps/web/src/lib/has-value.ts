/** A filter keeping the items whose `key` is set, typed so: `desks.filter(hasValue('assignee'))`. */
export function hasValue<Key extends PropertyKey>(key: Key) {
  return <Item extends { [K in Key]: unknown }>(
    item: Item,
  ): item is Item & { [K in Key]: NonNullable<Item[K]> } =>
    item[key] !== null && item[key] !== undefined;
}
