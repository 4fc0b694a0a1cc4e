/**
 * The row a statement returns by construction (an aggregate, `INSERT … RETURNING`): its absence
 * is a bug, said in a sentence, rather than `undefined` flowing on.
 */
export function onlyRow<T>(rows: readonly T[], statement: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`${statement}: the statement returned no row`);
  return row;
}
