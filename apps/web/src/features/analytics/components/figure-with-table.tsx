import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { useId, type ReactNode } from 'react';
import { useMessages } from '../../../i18n/language';
import { analyticsMessages } from '../analytics.messages';

export type TableColumn<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  isNumeric?: boolean;
};

type DataTableProps<Row> = {
  caption: string;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  isCaptionVisible?: boolean;
};

/** A DSFR table with its caption, scrolling sideways inside itself on a phone. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  isCaptionVisible = false,
}: DataTableProps<Row>) {
  return (
    // The wrapper scrolls on a phone, not the page: a region the keyboard can reach and scroll.
    <div
      className="fr-table fr-table--bordered fr-table--no-caption admz-analytics-table"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table>
        <caption className={isCaptionVisible ? undefined : 'fr-sr-only'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.header} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} className={column.isNumeric ? 'admz-numeric' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** « Télécharger (CSV) »: a plain link, the browser keeps the session and saves the file. */
export function CsvLink({ href, label }: { href: string; label: string }) {
  const messages = useMessages(analyticsMessages).table;
  return (
    <a className={fr.cx('fr-link', 'fr-link--download')} href={href} download>
      {label} <span className="fr-link__detail">{messages.csv}</span>
    </a>
  );
}

type FigureWithTableProps<Row> = DataTableProps<Row> & {
  title: string;
  /** The chart; none for a table alone. */
  chart?: ReactNode;
  csvUrl: string;
};

/**
 * One figure of the statistics: its chart (a picture, hidden from screen readers), the same
 * figures as a table with its caption — under « Voir les données » when there is a chart —
 * and the table as CSV.
 */
export function FigureWithTable<Row>({
  title,
  chart,
  csvUrl,
  ...table
}: FigureWithTableProps<Row>) {
  const titleId = useId();
  const messages = useMessages(analyticsMessages).table;
  return (
    <section aria-labelledby={titleId} className={fr.cx('fr-mb-6w')}>
      <h3 id={titleId} className={fr.cx('fr-h5')}>
        {title}
      </h3>
      {chart && (
        <>
          <div aria-hidden="true" className="admz-analytics-chart">
            {chart}
          </div>
          <Accordion label={messages.seeData(title.toLowerCase())} className={fr.cx('fr-mb-2w')}>
            <DataTable {...table} />
          </Accordion>
        </>
      )}
      {!chart && <DataTable {...table} />}
      <CsvLink href={csvUrl} label={messages.download(title)} />
    </section>
  );
}
