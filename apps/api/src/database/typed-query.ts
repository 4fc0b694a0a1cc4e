import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';

/** Anything that runs SQL: the data source, an entity manager (a transaction), a repository. */
export type Queryable = Pick<EntityManager, 'query'>;

/**
 * A statement PostgreSQL parses and plans once per connection, then runs by name: for the few
 * statements on a request's hot path, where planning cost as much as running (a booking's
 * insert: 0.49 ms planned, 1.0 ms run). The name is the text's hash, so one name never stands
 * for two texts. See DatabaseConnection.namesStatements for where names are allowed.
 */
export type NamedStatement = { readonly name: string; readonly text: string };

const namedStatements = new Map<string, NamedStatement>();

/** The named form of `text`, made once per text. */
export function namedStatement(text: string): NamedStatement {
  let statement = namedStatements.get(text);
  if (!statement) {
    statement = {
      name: `admz_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`,
      text,
    };
    namedStatements.set(text, statement);
  }
  return statement;
}

const textOf = (sql: string | NamedStatement) => (typeof sql === 'string' ? sql : sql.text);

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
  sql: string | NamedStatement,
  parameters: readonly unknown[] = [],
): Promise<z.output<Row>[]> {
  // TypeORM hands the statement to pg's `query(config, values)` as it is, and pg takes a
  // `{ name, text }` config for a prepared statement; TypeORM's type says string only.
  const result: unknown = await db.query(sql as string, [...parameters]);
  const rows =
    Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) ? result[0] : result;
  const parsed = z.array(row).safeParse(rows);
  if (!parsed.success) {
    const statement = textOf(sql).replace(/\s+/g, ' ').trim().slice(0, 80);
    throw new Error(`unexpected rows from « ${statement} »: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** The one row a statement returns by construction (`INSERT … RETURNING`, an aggregate). */
export async function queryOneRow<Row extends z.core.$ZodType>(
  db: Queryable,
  row: Row,
  sql: string | NamedStatement,
  parameters: readonly unknown[] = [],
): Promise<z.output<Row>> {
  const [first] = await queryRows(db, row, sql, parameters);
  if (first === undefined) {
    const statement = textOf(sql).replace(/\s+/g, ' ').trim().slice(0, 80);
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
