/**
 * "Khung giờ hẹn" (admins): open slots for residents to book, and see or cancel the slots already
 * open. Residents book them in the Mini App or the chat, for procedures that need a visit.
 */
import { useState } from 'react';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { addDays } from '../../lib/add-days';
import { vietnamToday } from '../../lib/vietnam-today';
import { AppointmentTabs } from './appointment-tabs';
import { PublishSlotsForm } from './publish-slots-form';
import { SlotList } from './slot-list';
import './appointments.css';

export function SlotsPage() {
  useDocumentTitle('Khung giờ hẹn');
  const [today] = useState(vietnamToday);
  const [range, setRange] = useState(() => ({ from: today, to: addDays(today, 13) }));
  return (
    <>
      <h1>Khung giờ hẹn</h1>
      <AppointmentTabs />
      <div className="slots">
        <section className="panel" aria-labelledby="publish-slots-title">
          <h2 id="publish-slots-title">Mở lịch hẹn</h2>
          <PublishSlotsForm today={today} onPublished={setRange} />
        </section>
        <section className="panel" aria-labelledby="slot-list-title">
          <h2 id="slot-list-title">Khung giờ đã mở</h2>
          <SlotList range={range} onRange={setRange} />
        </section>
      </div>
    </>
  );
}
