/**
 * The one Zalo message a resident gets when a volunteer prepares a filing for them: who helped,
 * the procedure, the answers as on the "check your answers" page (citizen ID masked), the papers
 * and fee, what confirming agrees to, and "1 to confirm, 2 to cancel".
 */
import type { Procedure } from '../schema/procedure-schema';
import type { AnswerValue, EngineOutput } from '../engine/engine-types';
import type { DocumentView, FeeAssessment } from '../engine/assessment-types';
import { procedureIndex } from '../engine/procedure-index';
import { vietnamClock } from '../rules/calendar';
import { formatDate } from '../validators/date-input';
import { pick, type Language } from '../i18n/language';
import { renderFee } from './render-fee-and-time';
import { assistedFilingMessage } from './assisted-filing-messages';

export interface AssistedFilingSummary {
  helperName: string;
  procedure: Procedure;
  review: Extract<EngineOutput, { kind: 'review' }>['groups'];
  answers: Readonly<Record<string, AnswerValue>>;
  documents: readonly DocumentView[];
  fee: FeeAssessment;
  expiresAt: string;
}

/** "*********345": a chat message may be read over a shoulder, so only the last 3 digits show. */
function maskAllButLast3(value: AnswerValue | undefined): string {
  const digits = String(value ?? '').replace(/\D/g, '');
  return `${'*'.repeat(Math.max(digits.length - 3, 0))}${digits.slice(-3)}`;
}

/** "10:00 ngày 04/03/2026" parts, in Vietnam time. */
export function vietnamTimeParts(iso: string): { time: string; date: string } {
  const { date, minutes } = vietnamClock(iso);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { time, date: formatDate(date) };
}

function answerLines(summary: AssistedFilingSummary, lang: Language): string[] {
  const { byId } = procedureIndex(summary.procedure);
  return summary.review.map((group) => {
    const items = group.items.map((item) => {
      const citizenId = byId.get(item.questionId)?.question.type === 'citizenId';
      const shown = citizenId ? maskAllButLast3(summary.answers[item.questionId]) : pick(item.display, lang);
      return `• ${pick(item.label, lang)} → ${shown}`;
    });
    return [`${pick(group.title, lang)}:`, ...items].join('\n');
  });
}

export function renderAssistedFilingSummary(summary: AssistedFilingSummary, lang: Language): string {
  const procedure = pick(summary.procedure.name, lang);
  const papers = summary.documents.map((doc, index) => `${index + 1}. ${pick(doc.name, lang)}`);
  const consent = summary.procedure.filing?.consent.text;
  return [
    assistedFilingMessage('summaryIntro', lang, { helper: summary.helperName, procedure }),
    ...answerLines(summary, lang),
    ...(papers.length > 0 ? [[assistedFilingMessage('papersTitle', lang), ...papers].join('\n')] : []),
    renderFee(summary.fee, lang),
    [consent ? `🔒 ${pick(consent, lang)}` : '', assistedFilingMessage('consentNote', lang)].filter(Boolean).join('\n'),
    assistedFilingMessage('question', lang, vietnamTimeParts(summary.expiresAt)),
  ].join('\n\n');
}
