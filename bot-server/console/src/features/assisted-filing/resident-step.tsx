/**
 * "Người dân": find the resident by the phone number they gave the OA, or by their Zalo id. The
 * OA can only write to someone who wrote to it lately; when the server says it cannot reach them,
 * its message is shown here as it is, since only the resident can fix that (by messaging the OA).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { LabelledInput } from '../../components/labelled-input';
import { residentProblem, type ResidentDraft } from './resident-draft';

interface ResidentStepProps {
  resident: ResidentDraft;
  /** The server's reason it could not reach this resident, from the last "send". */
  serverProblem: string | null;
  onDone: (resident: ResidentDraft) => void;
}

const FIELDS = {
  phone: { label: 'Số điện thoại của người dân', hint: 'Số người dân đã cho Zalo OA của xã biết (trong Mini App hoặc khi nộp hồ sơ trước đây). Ví dụ 0912 345 678.' },
  zaloId: { label: 'Zalo id của người dân', hint: 'Mã người dùng của người dân trong cuộc trò chuyện với Zalo OA của xã (chữ số, chữ cái).' },
};

export function ResidentStep({ resident, serverProblem, onDone }: ResidentStepProps) {
  const [draft, setDraft] = useState(resident);
  const [problem, setProblem] = useState<string | null>(null);
  // The server's reason holds for what was sent; once the volunteer changes it, it no longer applies.
  const [edited, setEdited] = useState(false);
  const change = (part: Partial<ResidentDraft>) => {
    setDraft((current) => ({ ...current, ...part }));
    setEdited(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = residentProblem(draft);
    setProblem(found);
    if (found) document.getElementById('resident-value')?.focus();
    else onDone({ by: draft.by, value: draft.value.trim() });
  };
  // Sent back here by the server: the volunteer lands on the box its message is about.
  useEffect(() => {
    if (serverProblem) document.getElementById('resident-value')?.focus();
  }, [serverProblem]);
  const shownProblem = problem ?? (edited ? null : serverProblem);
  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      <fieldset className="filter-group">
        <legend>Tìm người dân theo</legend>
        <label className="checkbox">
          <input type="radio" name="resident-by" checked={draft.by === 'phone'} onChange={() => change({ by: 'phone' })} />
          Số điện thoại
        </label>
        <label className="checkbox">
          <input type="radio" name="resident-by" checked={draft.by === 'zaloId'} onChange={() => change({ by: 'zaloId' })} />
          Zalo id
        </label>
      </fieldset>
      <LabelledInput
        id="resident-value"
        label={FIELDS[draft.by].label}
        hint={FIELDS[draft.by].hint}
        type={draft.by === 'phone' ? 'tel' : 'text'}
        inputMode={draft.by === 'phone' ? 'tel' : 'text'}
        autoComplete="off"
        spellCheck={false}
        value={draft.value}
        onValue={(value) => change({ value })}
        error={shownProblem ?? undefined}
      />
      <p className="muted">Zalo OA chỉ nhắn được cho người đã nhắn tin tới OA gần đây. Nếu người dân chưa nhắn, hãy nhờ họ gửi một tin bất kỳ tới OA của xã trước.</p>
      <button type="submit" className="button">
        Tiếp tục
      </button>
    </form>
  );
}
