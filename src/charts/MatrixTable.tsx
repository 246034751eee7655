import type { ReactNode } from 'react';

export interface MatrixColumn {
  id: string;
  header: ReactNode;
}

export interface MatrixRowGroup {
  id: string;
  /** A heading row above the group's rows; leave out for an ungrouped table. */
  header?: ReactNode;
  rows: { id: string; header: ReactNode; cells: ReactNode[] }[];
}

export interface MatrixTableProps {
  caption: string;
  cornerHeader: ReactNode;
  columns: MatrixColumn[];
  groups: MatrixRowGroup[];
}

/** A rows × columns matrix as an accessible table that scrolls sideways on narrow screens. */
export function MatrixTable({ caption, cornerHeader, columns, groups }: MatrixTableProps) {
  return (
    <div className="matrix-scroll">
      <table className="matrix">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{cornerHeader}</th>
            {columns.map((column) => (
              <th scope="col" key={column.id} data-column={column.id}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.id} data-group={group.id}>
            {group.header ? (
              <tr className="matrix__group-row">
                <th scope="rowgroup" colSpan={columns.length + 1}>
                  {group.header}
                </th>
              </tr>
            ) : null}
            {group.rows.map((row) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, index) => (
                  <td key={columns[index]?.id ?? index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
