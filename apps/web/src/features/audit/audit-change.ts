/** One field an action changed, as a person reads it. */
export type ChangedField = { field: string; before: string; after: string };

const maxValueLength = 120;

/** A value as one short line: text as is, everything else as compact JSON. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > maxValueLength ? `${text.slice(0, maxValueLength - 1)}…` : text;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What an audit entry changed: the top-level fields whose value differs between before and after
 * (objects compared as JSON; nothing on one side counts as no field). Values that are not
 * objects are one line, named `valueField` (« valeur »).
 */
export function describeAuditChange(
  before: unknown,
  after: unknown,
  valueField = 'valeur',
): ChangedField[] {
  if (isRecord(after) && (before === null || before === undefined)) before = {};
  if (isRecord(before) && (after === null || after === undefined)) after = {};
  if (!isRecord(before) || !isRecord(after)) {
    if (before === null && after === null) return [];
    return [
      { field: valueField, before: formatAuditValue(before), after: formatAuditValue(after) },
    ];
  }
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({
      field,
      before: formatAuditValue(before[field]),
      after: formatAuditValue(after[field]),
    }));
}
