/** A labelled choice of procedure, "every procedure" first; the list comes from the catalog in force. */
import { useQuery } from '@tanstack/react-query';
import { proceduresQuery } from '../api/procedures-api';

interface ProcedureSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (procedureId: string) => void;
}

export function ProcedureSelect({ id, label, value, onChange }: ProcedureSelectProps) {
  const procedures = useQuery(proceduresQuery);
  const known = procedures.data ?? [];
  return (
    <div className="field field--compact">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Tất cả thủ tục</option>
        {/* A procedure named in a shared link but no longer in force still shows as chosen. */}
        {value !== '' && procedures.data && !known.some((procedure) => procedure.id === value) ? <option value={value}>{value}</option> : null}
        {known.map((procedure) => (
          <option key={procedure.id} value={procedure.id}>
            {procedure.name}
          </option>
        ))}
      </select>
      {procedures.isError ? <p className="field__hint">Chưa tải được danh sách thủ tục; hãy tải lại trang để lọc theo thủ tục.</p> : null}
    </div>
  );
}
