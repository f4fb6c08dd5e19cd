/**
 * The "which procedure?" part of a chat: the menu, free-text search, numbered choices, and the
 * explanation of one procedure with an offer to check eligibility.
 */
import type { Procedure } from '../schema/procedure-schema';
import { step } from '../engine/step';
import { vietnamClock } from '../rules/calendar';
import { pick } from '../i18n/language';
import { foldForMatch } from '../text/fold-vietnamese';
import { translate } from '../i18n/translate';
import type { ConversationContext, ConversationState, TurnResult } from './conversation-types';
import { renderOutput } from './render-outputs';
import { renderDocuments } from './render-documents';
import { bringInOfficial } from './bring-in-official';
import { engineContext } from './engine-context';
import { draftNote, pausedDraft } from './paused-draft';
import { takesAppointments } from '../catalog/takes-appointments';
import { appointmentMessage } from './appointment-messages';

const today = (context: ConversationContext): string => vietnamClock(context.now).date;

function numbered(procedures: readonly Procedure[], state: ConversationState): string {
  return procedures.map((p, i) => `${i + 1}. ${pick(p.name, state.lang)}`).join('\n');
}

export function showMenu(state: ConversationState, context: ConversationContext, lead: string[] = []): TurnResult {
  const inForce = context.catalog.list(today(context));
  const wanted = context.menu ?? inForce.filter((p) => p.kind === 'flow').map((p) => p.id);
  const procedures = wanted.map((id) => inForce.find((p) => p.id === id)).filter((p): p is Procedure => p !== undefined).slice(0, 9);
  const draft = pausedDraft(state);
  const note = draftNote(draft, state, context);
  const menu = `${note ? `${note}\n\n` : ''}${translate('menuTitle', state.lang)}\n${numbered(procedures, state)}\n\n${translate('menuFooter', state.lang)}`;
  return {
    state: { ...state, mode: 'choosing', choices: procedures.map((p) => p.id), session: null, draft, misunderstood: 0, awaiting: undefined },
    replies: [...lead, menu],
    effects: [],
  };
}

/** A number outside the list just shown: show the list again and say which numbers work. */
export function reshowChoices(state: ConversationState, context: ConversationContext): TurnResult {
  const procedures = state.choices.map((id) => context.catalog.current(id, today(context))).filter((p): p is Procedure => p !== undefined);
  const hint = translate('pickInRange', state.lang, { count: procedures.length });
  return { state, replies: [`${hint}\n${numbered(procedures, state)}\n\n${translate('menuFooter', state.lang)}`], effects: [] };
}

/** The offer after an explanation: check eligibility (flow) or ask another / an official (info); and booking a visit where one is needed. */
export function explanationOffer(procedure: Procedure, state: ConversationState): string {
  const offer = procedure.kind === 'flow' ? translate('offerCheck', state.lang, { count: procedure.questions.length }) : translate('offerInfoOnly', state.lang);
  return takesAppointments(procedure) ? `${offer}\n${appointmentMessage('bookingHint', state.lang)}` : offer;
}

export function explainProcedure(state: ConversationState, procedure: Procedure, context: ConversationContext): TurnResult {
  // The engine's own first step: a flow gives the overview; an info-only procedure also the papers to bring.
  const { outputs } = step(procedure, undefined, { type: 'start' }, engineContext(context));
  const replies = outputs.flatMap((output) => {
    if (output.kind === 'overview') return [renderOutput(output, state.lang)];
    if (output.kind === 'requirements') return [renderDocuments(output.documents, state.lang)];
    return [];
  });
  const draft = pausedDraft(state);
  return {
    state: { ...state, mode: 'explained', procedureId: procedure.id, procedureVersion: procedure.version, session: null, draft, choices: [], misunderstood: 0 },
    replies: [...replies, explanationOffer(procedure, state)],
    effects: [],
  };
}

/** Finds what the resident asked for: one clear match is explained, close ones are offered as a numbered list. */
export function findProcedure(state: ConversationState, text: string, context: ConversationContext): TurnResult {
  const date = today(context);
  const hits = context.search
    .search(text, 5)
    .map((hit) => ({ ...hit, procedure: context.catalog.current(hit.id, date) }))
    .filter((hit): hit is typeof hit & { procedure: Procedure } => hit.procedure !== undefined);
  const [first, second] = hits;
  if (!first) {
    const misunderstood = state.misunderstood + 1;
    const next = { ...state, misunderstood };
    if (misunderstood >= 2) {
      const handed = bringInOfficial({ ...next, misunderstood: 0 }, 'notUnderstood', context);
      return { ...handed, replies: [translate('notFoundTwice', state.lang), ...handed.replies], effects: [{ type: 'unplacedQuery', text }, ...handed.effects] };
    }
    return { state: next, replies: [translate('notFound', state.lang)], effects: [{ type: 'unplacedQuery', text }] };
  }
  const asked = foldForMatch(text);
  const named = hits.find((hit) => [hit.procedure.name.vi, ...hit.procedure.aliases].some((name) => foldForMatch(name) === asked));
  if (named) return explainProcedure(state, named.procedure, context);
  if (!second || first.score >= 1.5 * second.score) return explainProcedure(state, first.procedure, context);
  const offered = hits.slice(0, 3).map((hit) => hit.procedure);
  return {
    state: { ...state, mode: 'choosing', choices: offered.map((p) => p.id), misunderstood: 0 },
    replies: [`${translate('pickOne', state.lang)}\n${numbered(offered, state)}`],
    effects: [],
  };
}
