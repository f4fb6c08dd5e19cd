/**
 * What a resident's words mean at each stage of a flow. Short confirmations are matched against
 * the whole reply, never a prefix: "có sai, sửa tên" must not file, "không đồng ý" must not consent.
 */
import type { Procedure } from '../schema/procedure-schema';
import type { EngineEvent, Session } from '../engine/engine-types';
import { procedureIndex } from '../engine/procedure-index';
import { parseYesNo } from '../engine/parse-yes-no';
import { isUnsure } from '../engine/is-unsure';
import { politeCore } from './polite-core';
import { foldForMatch } from '../text/fold-vietnamese';

const CONFIRM: ReadonlySet<string> = new Set(['xac nhan', '1', 'dong y', 'gui', 'nop', 'confirm', 'ok', 'dung roi', 'chinh xac', 'nop ho so', 'gui ho so', 'xac nhan nop']);
const AGREE: ReadonlySet<string> = new Set(['1', 'dong y', 'toi dong y', 'co', 'co dong y', 'ok', 'yes', 'agree', 'i agree', 'chap nhan']);
const DISAGREE: ReadonlySet<string> = new Set(['2', 'khong dong y', 'toi khong dong y', 'khong', 'ko', 'no', 'tu choi', 'disagree', 'i disagree', 'i do not agree']);
// "None" for an optional free-text question ("Số CCCD của người mất?" – "không nhớ").
const NONE = /^(?:khong|ko|k|chua)(?: co| co gi| nho| biet| ro)?$/;
const CHOICE_TYPES: ReadonlySet<string> = new Set(['yesNo', 'singleChoice', 'multipleChoice']);

export type FlowEvent = EngineEvent | 'leave' | 'otherProcedure' | 'reviewNotConfirmed' | undefined;

function questionEvent(procedure: Procedure, session: Session, text: string): EngineEvent {
  const question = session.current ? procedureIndex(procedure).byId.get(session.current)?.question : undefined;
  const optional = question !== undefined && !question.required && !CHOICE_TYPES.has(question.type);
  if (optional && (NONE.test(politeCore(text)) || isUnsure(foldForMatch(text)))) return { type: 'skip' };
  return { type: 'answer', value: text };
}

/** Maps free text to the event the current stage expects; undefined when the text is not for this flow. */
export function eventForText(procedure: Procedure, session: Session, text: string): FlowEvent {
  const core = politeCore(text);
  switch (session.stage) {
    case 'questions':
    case 'filing':
      return questionEvent(procedure, session, text);
    case 'consent':
      if (DISAGREE.has(core)) return { type: 'consent', accepted: false };
      return AGREE.has(core) ? { type: 'consent', accepted: true } : { type: 'resume' };
    case 'review':
      return CONFIRM.has(core) ? { type: 'confirm' } : 'reviewNotConfirmed';
    case 'result': {
      const yes = core === '1' || parseYesNo(core) === true;
      const no = core === '2' || parseYesNo(core) === false;
      const result = session.outcome?.result;
      if (result === 'eligible' && procedure.filing) return yes ? { type: 'startFiling' } : no ? 'leave' : undefined;
      if (result === 'otherProcedure' && yes) return 'otherProcedure';
      // "Có, tôi muốn nộp" after a not-eligible result: the engine explains why it cannot be filed.
      if (result === 'notEligible' && procedure.filing && yes) return { type: 'startFiling' };
      return no ? 'leave' : undefined;
    }
    default:
      return undefined;
  }
}
