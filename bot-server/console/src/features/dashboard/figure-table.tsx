/** A chart's numbers as a table: the first column names each row, the others are figures (right-aligned). */
export interface FigureRow {
  label: string;
  cells: string[];
}

export function FigureTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: FigureRow[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table figure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th key={header} scope="col" className={index === 0 ? undefined : 'number'}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                <td key={`${row.label}-${headers[index + 1] ?? index}`} className="number">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
