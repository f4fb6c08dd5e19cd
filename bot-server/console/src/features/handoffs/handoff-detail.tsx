/**
 * The selected handoff: the facts, the actions an official may take on it, the resident's last
 * messages and the internal notes. A resolved handoff is shown read-only.
 */
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import { handoffListQuery } from '../../api/handoff-api';
import { useSignedInStaff } from '../../hooks/use-signed-in-staff';
import { AssignAction } from './assign-action';
import { ClaimAction } from './claim-action';
import { HandoffFacts } from './handoff-facts';
import { mayAct } from './may-act';
import { MessageList } from './message-list';
import { NoteForm } from './note-form';
import { NoteList } from './note-list';
import { ReplyForm } from './reply-form';
import { ResolveAction } from './resolve-action';
import { handoffPath, useHandoffStatus } from './use-handoff-status';
import { useSelectedHandoffId } from './use-selected-handoff-id';
import { OverdueBadge } from './waiting-time';
import './handoff-detail.css';

function OpenHandoffActions({ item }: { item: HandoffItem }) {
  const staff = useSignedInStaff();
  return (
    <section className="detail-block" aria-labelledby="actions-title">
      <h3 id="actions-title">Xử lý</h3>
      <div className="actions">
        <ClaimAction item={item} />
        <AssignAction item={item} />
        {mayAct(item, staff) ? <ResolveAction item={item} /> : null}
      </div>
    </section>
  );
}

function HandoffView({ item, targetMinutes }: { item: HandoffItem; targetMinutes: number }) {
  const staff = useSignedInStaff();
  const heading = useRef<HTMLHeadingElement>(null);
  // Picking a handoff moves focus here, so keyboard and screen-reader users land on what they chose.
  useEffect(() => heading.current?.focus(), []);
  const open = item.status === 'open';
  return (
    <section className={`inbox__detail${item.overdue ? ' inbox__detail--overdue' : ''}`} aria-labelledby="handoff-title">
      <h2 id="handoff-title" ref={heading} tabIndex={-1}>
        Yêu cầu #{item.id}: {item.procedureName ?? 'Chưa chọn thủ tục'} {item.overdue ? <OverdueBadge /> : null}
      </h2>
      <HandoffFacts item={item} targetMinutes={targetMinutes} />
      {open ? <OpenHandoffActions item={item} /> : null}
      <section className="detail-block" aria-labelledby="messages-title">
        <h3 id="messages-title">Tin nhắn gần nhất</h3>
        <MessageList messages={item.lastMessages} />
        {open && mayAct(item, staff) ? <ReplyForm item={item} /> : null}
      </section>
      <section className="detail-block" aria-labelledby="notes-title">
        <h3 id="notes-title">Ghi chú nội bộ</h3>
        <NoteList notes={item.notes} />
        <NoteForm item={item} />
      </section>
    </section>
  );
}

export function HandoffDetail() {
  const status = useHandoffStatus();
  const id = useSelectedHandoffId();
  const list = useQuery(handoffListQuery(status));
  if (!list.data) return null; // the list column says it is loading, or why it failed
  const item = list.data.items.find((candidate) => candidate.id === id);
  if (!item) {
    return (
      <section className="inbox__detail" aria-labelledby="handoff-title">
        <h2 id="handoff-title">Không thấy yêu cầu này</h2>
        <p>Yêu cầu không có trong danh sách {status === 'open' ? 'đang chờ' : 'đã kết thúc'}: có thể đã được kết thúc hoặc chuyển trạng thái.</p>
        <p>
          <Link to={handoffPath(status === 'open' ? 'resolved' : 'open', id)}>Tìm trong danh sách {status === 'open' ? 'đã kết thúc' : 'đang chờ'}</Link>
        </p>
      </section>
    );
  }
  return <HandoffView key={item.id} item={item} targetMinutes={list.data.targetMinutes} />;
}
