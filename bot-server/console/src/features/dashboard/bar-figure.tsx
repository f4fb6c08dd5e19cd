/**
 * One bar chart of the dashboard, drawn with recharts for sighted readers. It is hidden from
 * assistive technology (and kept out of the tab order): every chart sits beside a table with the
 * same numbers, which is what screen readers read. Animation is off: figures appear as they are.
 */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

interface BarSeries {
  key: string;
  name: string;
  colour: string;
}

interface BarFigureProps {
  data: Record<string, string | number | null>[];
  /** The field naming each group of bars (a procedure, a score). */
  categoryKey: string;
  series: BarSeries[];
  stacked?: boolean;
  /** Bars run left to right with the categories down the side: for long procedure names. */
  horizontal?: boolean;
  unit?: string;
}

const CATEGORY_WIDTH = 190;
const ROW_HEIGHT = 44;

export function BarFigure({ data, categoryKey, series, stacked = false, horizontal = false, unit }: BarFigureProps) {
  const height = horizontal ? Math.max(180, data.length * ROW_HEIGHT * (stacked ? 1 : Math.max(1, series.length * 0.6)) + 80) : 280;
  return (
    <div className="bar-figure" aria-hidden="true">
      <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} width="100%" height={height} responsive accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#c9ced4" />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={!stacked} unit={unit} tick={{ fill: '#1a1a1a' }} />
            <YAxis type="category" dataKey={categoryKey} width={CATEGORY_WIDTH} tick={{ fill: '#1a1a1a', fontSize: 13 }} />
          </>
        ) : (
          <>
            <XAxis dataKey={categoryKey} tick={{ fill: '#1a1a1a' }} />
            <YAxis allowDecimals={false} unit={unit} tick={{ fill: '#1a1a1a' }} />
          </>
        )}
        <Tooltip />
        {/* In the order the series are given (early, on time, late), not alphabetically. */}
        <Legend itemSorter={null} formatter={(value: string) => <span className="bar-figure__legend">{value}</span>} />
        {series.map((one) => (
          <Bar key={one.key} dataKey={one.key} name={one.name} fill={one.colour} stackId={stacked ? 'stack' : undefined} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
