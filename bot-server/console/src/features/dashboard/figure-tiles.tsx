/**
 * Key numbers as tiles: a label, the number, and what it counts. A tile that needs attention says
 * so with a sign and colour; a figure with nothing to count says so in words, in smaller type.
 */
import { NO_DATA } from './format-figure';

export interface FigureTile {
  label: string;
  value: string;
  note: string;
  warn?: boolean;
}

export function FigureTiles({ tiles }: { tiles: FigureTile[] }) {
  return (
    <dl className="tiles">
      {tiles.map((tile) => (
        <div key={tile.label} className={tile.warn ? 'tile tile--warn' : 'tile'}>
          <dt className="tile__label">{tile.label}</dt>
          <dd className={tile.value === NO_DATA ? 'tile__value tile__value--none' : 'tile__value'}>
            {tile.warn ? <span aria-hidden="true">⚠ </span> : null}
            {tile.value}
          </dd>
          <dd className="tile__note">{tile.note}</dd>
        </div>
      ))}
    </dl>
  );
}
