import type { EntityManager } from 'typeorm';
import { z } from 'zod';

/** Anything that runs SQL: the data source, an entity manager (a transaction), a repository. */
export type Queryable = Pick<EntityManager, 'query'>;

/**
 * Runs a statement and checks each row against its schema, so a query's result is typed by
 * what it was checked to be, not by a cast: a renamed or retyped column fails here, in one
 * sentence naming the statement, instead of flowing on as `undefined`.
 *
 * TypeORM answers an UPDATE or DELETE … RETURNING with `[rows, count]`; both shapes are read.
 */
export async function queryRows<Row extends z.core.$ZodType>(
  db: Queryable,
  row: Row,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<z.output<Row>[]> {
  const result: unknown = await db.query(sql, [...parameters]);
  const rows =
    Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) ? result[0] : result;
  const parsed = z.array(row).safeParse(rows);
  if (!parsed.success) {
    const statement = sql.replace(/\s+/g, ' ').trim().slice(0, 80);
    throw new Error(`unexpected rows from « ${statement} »: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** The one row a statement returns by construction (`INSERT … RETURNING`, an aggregate). */
export async function queryOneRow<Row extends z.core.$ZodType>(
  db: Queryable,
  row: Row,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<z.output<Row>> {
  const [first] = await queryRows(db, row, sql, parameters);
  if (first === undefined) {
    const statement = sql.replace(/\s+/g, ' ').trim().slice(0, 80);
    throw new Error(`« ${statement} » returned no row`);
  }
  return first;
}

/** Column types as `pg` delivers them (dates as 'YYYY-MM-DD' text: see data-source.ts). */
export const column = {
  id: z.string(),
  text: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  instant: z.date(),
  boolean: z.boolean(),
  /** `count(*)::int` and other integers cast in SQL; a bigint arrives as text and is refused. */
  integer: z.number().int(),
  /** `numeric` and `bigint` arrive as text. */
  bigintText: z.string().transform((value) => Number(value)),
};

/** How many rows an UPDATE or DELETE changed (TypeORM answers those with `[rows, count]`). */
export async function queryAffectedCount(
  db: Queryable,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<number> {
  const result: unknown = await db.query(sql, [...parameters]);
  const count: unknown = Array.isArray(result) ? result[1] : undefined;
  if (typeof count !== 'number') {
    const statement = sql.replace(/\s+/g, ' ').trim().slice(0, 80);
    throw new Error(`« ${statement} » is not an UPDATE or DELETE: it has no affected count`);
  }
  return count;
}
