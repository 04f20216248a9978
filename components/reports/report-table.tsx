import type { ReactNode } from "react";

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Numbers align right so that they can be compared down a column. */
  numeric?: boolean;
}

interface Props<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** The first column names the row (a clinician, a month): a row header for screen readers. */
  footer?: ReactNode;
  empty: string;
}

/** The accessible form of each report: a captioned table with row headers. */
export function ReportTable<Row>({ caption, columns, rows, rowKey, footer, empty }: Props<Row>) {
  return (
    // Focusable, so that a keyboard user can scroll a table wider than a phone's screen.
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm" tabIndex={0} role="group" aria-label={caption}>
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={`p-2 font-medium ${c.numeric ? "text-right" : ""}`}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr><td colSpan={columns.length} className="p-4 text-center text-slate-600">{empty}</td></tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className="border-t border-slate-100">
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th key={c.header} scope="row" className="p-2 text-left font-normal">{c.cell(row)}</th>
                  ) : (
                    <td key={c.header} className={`p-2 ${c.numeric ? "text-right tabular-nums" : ""}`}>{c.cell(row)}</td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
        {footer ? <tfoot className="border-t-2 border-slate-200 font-medium">{footer}</tfoot> : null}
      </table>
    </div>
  );
}
