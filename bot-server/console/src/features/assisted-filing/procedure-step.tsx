/** "Thủ tục": the procedures a resident can file online here (in force), one to choose. */
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { consoleProceduresQuery } from '../../api/procedures-api';
import { QueryState } from '../../components/query-state';

interface ProcedureStepProps {
  procedureId: string | null;
  onBack: () => void;
  onDone: (procedureId: string) => void;
}

export function ProcedureStep({ procedureId, onBack, onDone }: ProcedureStepProps) {
  const procedures = useQuery({ ...consoleProceduresQuery, select: (list) => list.items.filter((procedure) => procedure.canFile && procedure.versions.some((version) => version.inForce)) });
  const [picked, setPicked] = useState(procedureId);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked) {
      onDone(picked);
      return;
    }
    setProblem('Hãy chọn thủ tục người dân muốn nộp.');
    document.querySelector<HTMLInputElement>('input[name="procedure"]')?.focus();
  };
  if (!procedures.data) return <QueryState error={procedures.error} loadingText="Đang tải danh sách thủ tục…" onRetry={() => void procedures.refetch()} />;
  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="filter-group" aria-describedby={problem ? 'procedure-error' : undefined}>
        <legend>Thủ tục người dân muốn nộp</legend>
        {problem ? (
          <p className="field__error" id="procedure-error">
            {problem}
          </p>
        ) : null}
        <div className="procedure-options">
          {procedures.data.map((procedure) => (
            <label key={procedure.id} className="checkbox">
              <input type="radio" name="procedure" value={procedure.id} checked={picked === procedure.id} onChange={() => setPicked(procedure.id)} />
              {procedure.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onBack}>
          <span aria-hidden="true">‹ </span>
          Quay lại
        </button>
        <button type="submit" className="button">
          Tiếp tục
        </button>
      </div>
    </form>
  );
}
