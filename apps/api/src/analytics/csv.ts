/** A cell: text, a count, a rate written as a percentage, or nothing. */
export type CsvCell = string | number | null | { percent: number | null };

/**
 * CSV as French spreadsheets open it without an import dialog: UTF-8 with a byte order mark
 * (Excel reads accents), `;` between cells (the list separator of a French locale), decimal
 * comma, CRLF line ends. Text starting with = + - @ gets a leading apostrophe, so that a zone or
 * administration name is never run as a formula.
 */
export function csvDocument(headers: string[], rows: CsvCell[][]): string {
  const lines = [headers, ...rows].map((cells) => cells.map(formatCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  if (typeof cell === 'object') {
    return cell.percent === null ? '' : formatNumber(Math.round(cell.percent * 1000) / 10);
  }
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const formatNumber = (value: number) => String(value).replace('.', ',');
