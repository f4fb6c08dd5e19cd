/**
 * One stored webhook event → one conversation turn. The new state, the replies (outbox rows), the
 * effects and the inbox status are written in ONE transaction: a crash at any point either keeps
 * all of it or none of it, and the event is simply processed again after restart.
 */
import { converse, initialConversation } from '../../shared/conversation/converse';
import { needsAppointmentData } from '../../shared/conversation/detect-appointment-command';
import type { ChatInput, ConversationState } from '../../shared/conversation/conversation-types';
import { translate } from '../../shared/i18n/translate';
import { parseZaloEvent, type NeutralEvent } from '../zalo/parse-zalo-event';
import type { Services } from '../app/services';
import type { Db } from '../storage/database-types';
import type { InboxRow } from '../storage/inbox-store';
import { completeInboxEvent } from '../storage/inbox-store';
import { StorageError } from '../storage/storage-error';
import { queueMessages } from './outbox-message';
import { saveConversationState } from '../storage/conversation-store';
import { lockExistingConversationState } from '../storage/locked-conversation-store';
import { linkAppResident } from '../resident-api/link-app-resident';
import { touchResident } from '../storage/resident-store';
import { openHandoff } from '../storage/handoff-store';
import { conversationContext } from './conversation-context';
import { carryOutEffects } from './carry-out-effects';
import { isOwnEcho } from './is-own-echo';
import { residentPace } from './resident-pace';
import { loadAppointmentData } from './appointment-data';

function chatInput(event: NeutralEvent): ChatInput | undefined {
  if (event.kind === 'text') return { kind: 'text', text: event.text ?? '' };
  if (event.kind === 'attachment' && event.attachment) return { kind: 'attachment', attachment: event.attachment };
  if (event.kind === 'follow') return { kind: 'follow' };
  if (event.kind === 'submitInfo') return { kind: 'text', text: 'menu' };
  return undefined;
}

async function loadState(db: Db, services: Services, userId: string): Promise<ConversationState | undefined> {
  // Locked on PostgreSQL: a Mini App write to the same state waits for this turn, and vice versa.
  const sealed = await lockExistingConversationState(db, userId);
  return sealed === undefined ? undefined : (JSON.parse(services.cipher.open(sealed)) as ConversationState);
}

/** What the turn decided, for metrics and to wake the outbox. */
export interface TurnSummary {
  replies: number;
  handoffsOpened: number;
  /** The resident is with an official (or just asked for one): open consoles show this message. */
  withOfficial: boolean;
  /** A filing was made, or a prepared one decided: open consoles refetch their lists. */
  filingsChanged?: boolean;
  /** An appointment was booked, moved or cancelled: the same, for the appointments view. */
  appointmentsChanged?: boolean;
}

export async function processInboxEvent(services: Services, row: InboxRow): Promise<TurnSummary> {
  const now = services.clock();
  const nowIso = now.toISOString();
  const parsed = parseZaloEvent(JSON.parse(services.cipher.open(row.payload)));
  return services.db.transaction().execute(async (trx) => {
    if (!parsed.ok) {
      await completeOrRollBack(trx, row, nowIso);
      return { replies: 0, handoffsOpened: 0, withOfficial: false };
    }
    const event = parsed.event;
    const spoke = event.kind !== 'oaEcho' && event.kind !== 'receipt' && event.kind !== 'ignored';
    await touchResident(trx, { userId: event.userId, appUserId: event.appUserId, now: nowIso, spoke });
    // Someone who used the Mini App before chatting: their drafts and filings join this chat.
    await linkAppResident(trx, services.cipher, { userId: event.userId, appUserId: event.appUserId, now: nowIso });
    const before = await loadState(trx, services, event.userId);
    let state: ConversationState = before ?? initialConversation();
    let replies: string[] = [];
    let handoffsOpened = 0;
    let filingsChanged = false;
    let appointmentsChanged = false;

    if (event.kind === 'oaEcho') {
      // An official typing in the OA chat takes over; our own messages echo back too and are ignored.
      if (!(await isOwnEcho(trx, event, services.cipher))) {
        if (state.mode !== 'handoff') state = { ...state, mode: 'handoff', resumeMode: state.mode === 'confirmDelete' ? 'idle' : state.mode };
        await openHandoff(trx, { userId: event.userId, reason: 'officialTookOver', procedureId: state.procedureId, questionId: state.session?.current ?? null, ruleId: null, openedAt: nowIso });
        handoffsOpened += 1;
      }
    } else {
      const input = chatInput(event);
      const pace = input ? await residentPace(trx, event.userId, row.id, now, services.residentBurst) : 'ok';
      if (pace !== 'ok') {
        // Over the limit: the message is not run, and the resident is told once per burst.
        replies = pace === 'warn' && state.mode !== 'handoff' ? [translate('slowDown', state.lang)] : [];
      } else if (input) {
        // The pure conversation cannot read the calendar: the free times are read now, only for a turn about appointments.
        const appointments = needsAppointmentData(before, input) ? await loadAppointmentData(trx, services, event.userId, nowIso) : undefined;
        const turn = converse(before, input, { ...conversationContext(services, now), appointments });
        const outcome = await carryOutEffects(trx, services, { userId: event.userId, state: turn.state, effects: turn.effects, now: nowIso, channel: 'chat', inboxId: row.id });
        state = outcome.state;
        replies = [...turn.replies, ...outcome.replies];
        handoffsOpened = outcome.handoffsOpened;
        filingsChanged = outcome.filingsChanged;
        appointmentsChanged = outcome.appointmentsChanged;
      }
    }

    if (event.kind !== 'unfollow' && event.kind !== 'receipt' && event.kind !== 'ignored') {
      await saveConversationState(trx, event.userId, services.cipher.seal(JSON.stringify(state)), nowIso);
    }
    await queueMessages(trx, services.cipher, { userId: event.userId, inboxId: row.id, texts: replies, createdAt: nowIso });
    crashIfAsked(services);
    await completeOrRollBack(trx, row, nowIso);
    return { replies: replies.length, handoffsOpened, withOfficial: handoffsOpened > 0 || state.mode === 'handoff' || before?.mode === 'handoff', filingsChanged, appointmentsChanged };
  });
}

/**
 * Marks the event done in the turn's transaction. If this turn outlived its lease and another
 * worker (or instance) took the event over, throwing rolls the whole turn back: its replies are
 * never sent, and the other worker's turn is the one that counts.
 */
async function completeOrRollBack(db: Db, row: InboxRow, now: string): Promise<void> {
  if (!(await completeInboxEvent(db, row, { now }))) throw new StorageError('LEASE_LOST', `inbox event ${row.id} was taken over by another worker`);
}

let processedInThisProcess = 0;

/** The crash test kills the process here: replies written, transaction not yet committed. */
function crashIfAsked(services: Services): void {
  processedInThisProcess += 1;
  if (services.crashAtInboxEvent !== undefined && processedInThisProcess === services.crashAtInboxEvent) process.kill(process.pid, 'SIGKILL');
}
