/** "Giao cho…" (supervisors and admins): give the handoff to an official, supervisor or admin of this commune. */
import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import { assigneesQuery } from '../../api/assignees-api';
import { handoffActions } from '../../api/handoff-api';
import { ErrorMessage } from '../../components/error-message';
import { useSignedInStaff } from '../../hooks/use-signed-in-staff';
import { roleLabel } from '../../lib/role-label';
import { useHandoffAction } from './use-handoff-action';

function AssignPicker({ item }: { item: HandoffItem }) {
  const assignees = useQuery(assigneesQuery);
  const assign = useHandoffAction((userId: number) => handoffActions.assign(item.id, userId));
  const [userId, setUserId] = useState('');
  const selectId = useId();
  if (assignees.isError) return <ErrorMessage error={assignees.error} />;
  if (!assignees.data) return <p className="muted">Đang tải danh sách cán bộ…</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (userId !== '') assign.mutate(Number(userId));
  };
  return (
    <form className="action action--inline" onSubmit={submit}>
      <label htmlFor={selectId}>Giao cho</label>
      <select id={selectId} value={userId} onChange={(event) => setUserId(event.target.value)}>
        <option value="">Chọn cán bộ…</option>
        {assignees.data.items.map((user) => (
          <option key={user.id} value={user.id} disabled={user.id === item.assignedTo?.id}>
            {user.displayName} ({roleLabel(user.role)})
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary" disabled={userId === '' || assign.isPending}>
        Giao
      </button>
      {assign.isError ? <ErrorMessage error={assign.error} /> : null}
    </form>
  );
}

export function AssignAction({ item }: { item: HandoffItem }) {
  const { role } = useSignedInStaff();
  if (role !== 'supervisor' && role !== 'admin') return null;
  return <AssignPicker item={item} />;
}
