/**
 * Which procedures the slots serve: every procedure that needs an in-person visit (also ones added
 * later), or only some of them, chosen from the catalog.
 */
import { useQuery } from '@tanstack/react-query';
import { consoleProceduresQuery } from '../../api/procedures-api';

interface SlotProcedureChoiceProps {
  all: boolean;
  selected: string[];
  onChange: (choice: { all: boolean; selected: string[] }) => void;
  error: string | undefined;
}

export function SlotProcedureChoice({ all, selected, onChange, error }: SlotProcedureChoiceProps) {
  const procedures = useQuery({ ...consoleProceduresQuery, select: (list) => list.items.filter((procedure) => procedure.inPersonVisit) });
  const toggle = (id: string, on: boolean) => onChange({ all, selected: on ? [...selected, id] : selected.filter((other) => other !== id) });
  return (
    <fieldset className="filter-group" aria-describedby={error ? 'slot-procedures-error' : undefined}>
      <legend>Thủ tục nhận lịch hẹn</legend>
      {error ? (
        <p className="field__error" id="slot-procedures-error">
          {error}
        </p>
      ) : null}
      <label className="checkbox">
        <input type="radio" name="slot-procedures" id="slot-procedures-all" checked={all} onChange={() => onChange({ all: true, selected })} />
        Mọi thủ tục cần người dân đến trực tiếp
      </label>
      <label className="checkbox">
        <input type="radio" name="slot-procedures" checked={!all} onChange={() => onChange({ all: false, selected })} />
        Chỉ các thủ tục được chọn
      </label>
      {all ? null : (
        <div className="procedure-choice" role="group" aria-label="Các thủ tục được chọn">
          {procedures.isError ? <p className="field__hint">Chưa tải được danh sách thủ tục; hãy tải lại trang.</p> : null}
          {procedures.data?.map((procedure) => (
            <label key={procedure.id} className="checkbox">
              <input type="checkbox" checked={selected.includes(procedure.id)} onChange={(event) => toggle(procedure.id, event.target.checked)} />
              {procedure.name}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
