/**
 * Two labelled date boxes, "from" and "to", grouped under a legend, with one error for the pair
 * (the "to" box carries it). Values are ISO dates (YYYY-MM-DD), '' for none.
 */
interface DateRangeFieldsProps {
  legend: string;
  idPrefix: string;
  fromLabel: string;
  toLabel: string;
  from: string;
  to: string;
  onChange: (range: { from: string; to: string }) => void;
  error?: string | undefined;
  required?: boolean;
}

export function DateRangeFields({ legend, idPrefix, fromLabel, toLabel, from, to, onChange, error, required }: DateRangeFieldsProps) {
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="filter-group__row">
        <div className="field field--compact">
          <label htmlFor={`${idPrefix}-from`}>{fromLabel}</label>
          <input id={`${idPrefix}-from`} type="date" value={from} required={required} onChange={(event) => onChange({ from: event.target.value, to })} />
        </div>
        <div className="field field--compact">
          <label htmlFor={`${idPrefix}-to`}>{toLabel}</label>
          <input
            id={`${idPrefix}-to`}
            type="date"
            value={to}
            required={required}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => onChange({ from, to: event.target.value })}
          />
        </div>
      </div>
    </fieldset>
  );
}
