/**
 * Office hours, Monday to Friday except public holidays. The chat uses them to tell residents
 * outside them when an official will answer. Checked with the server's own rules before saving.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { officeHoursSchema, type OfficeHoursSetting } from '../../../../../shared/api/console-office-schemas';
import { officeHoursQuery, saveOfficeHours } from '../../api/office-settings-api';
import { ErrorMessage } from '../../components/error-message';
import { LabelledInput } from '../../components/labelled-input';

type Field = keyof OfficeHoursSetting;

function problemsOf(hours: OfficeHoursSetting): Partial<Record<Field, string>> {
  const parsed = officeHoursSchema.safeParse(hours);
  if (parsed.success) return {};
  const problems: Partial<Record<Field, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === 'open' ? 'open' : 'close';
    problems[field] ??= issue.message;
  }
  return problems;
}

export function OfficeHoursForm({ hours }: { hours: OfficeHoursSetting }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(hours);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: saveOfficeHours,
    onSuccess: (result) => {
      queryClient.setQueryData(officeHoursQuery.queryKey, result);
      setSaved(`Đã lưu giờ làm việc: ${result.hours.open}–${result.hours.close}, thứ Hai đến thứ Sáu.`);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problemsOf(draft);
    setProblems(found);
    if (found.open || found.close) {
      document.getElementById(found.open ? 'office-open' : 'office-close')?.focus();
      return;
    }
    save.mutate(draft);
  };
  const change = (part: Partial<OfficeHoursSetting>) => {
    setDraft((current) => ({ ...current, ...part }));
    setSaved(null);
  };

  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      <div className="filter-group__row">
        <LabelledInput id="office-open" label="Giờ mở cửa" type="time" value={draft.open} onValue={(open) => change({ open })} error={problems.open} />
        <LabelledInput id="office-close" label="Giờ đóng cửa" type="time" value={draft.close} onValue={(close) => change({ close })} error={problems.close} />
      </div>
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? 'Đang lưu…' : 'Lưu giờ làm việc'}
      </button>
      {saved ? (
        <p className="notice" role="status">
          {saved}
        </p>
      ) : null}
      {save.isError ? <ErrorMessage error={save.error} /> : null}
    </form>
  );
}
