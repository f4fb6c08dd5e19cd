/**
 * The dashboard's CSV: RFC 4180 through csv-stringify, CRLF line ends, any field with a line break
 * quoted (the library alone quotes only a full CRLF), and a UTF-8 byte-order mark, without which
 * Excel reads Vietnamese as mojibake. Cells starting with = + - @ get an apostrophe (escape_formulas),
 * so a phrasing a resident typed never runs as an Excel formula.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | null;

export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(rows.map((row) => [...row]), { bom: true, record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/ });
}
