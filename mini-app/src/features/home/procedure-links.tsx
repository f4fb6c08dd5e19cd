import { useNavigate } from 'zmp-ui';
import type { ProcedureSummary } from '../../../../shared/api/procedure-api-schemas';
import { useLanguage } from '../../i18n/language-context';

export function ProcedureLinks({ procedures }: { procedures: ProcedureSummary[] }) {
  const { loc } = useLanguage();
  const navigate = useNavigate();
  return (
    <ul className="item-list">
      {procedures.map((procedure) => (
        <li key={procedure.id}>
          <button type="button" className="link-card" onClick={() => navigate(`/procedures/${procedure.id}`)}>
            <span className="item-title">{loc(procedure.name)}</span>
            <span className="item-meta">{loc(procedure.summary)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
