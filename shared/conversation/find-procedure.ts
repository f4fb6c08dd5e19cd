/**
 * The "which procedure?" part of a chat: the menu, free-text search, numbered choices, and the
 * explanation of one procedure with an offer to check eligibility.
 */
import type { Procedure } from '../schema/procedure-schema';
import { describeProcedure } from '../engine/describe-procedure';
import { vietnamClock } from '../rules/calendar';
import { pick } from '../i18n/language';
import { foldForMatch } from '../text/fold-vietnamese';
import { translate } from '../i18n/translate';
import type { ConversationContext, ConversationState, TurnResult } from './conversation-types';
import { renderOverview } from './render-outputs';
import { bringInOfficial } from './bring-in-official';

const today = (context: ConversationContext): string => vietnamClock(context.now).date;

function numbered(procedures: readonly Procedure[], state: ConversationState): string {
  return procedures.map((p, i) => `${i + 1}. ${pick(p.name, state.lang)}`).join('\n');
}

export function showMenu(state: ConversationState, context: ConversationContext, lead: string[] = []): TurnResult {
  const inForce = context.catalog.list(today(context));
  const wanted = context.menu ?? inForce.filter((p) => p.kind === 'flow').map((p) => p.id);
  const procedures = wanted.map((id) => inForce.find((p) => p.id === id)).filter((p): p is Procedure => p !== undefined).slice(0, 9);
  const menu = `${translate('menuTitle', state.lang)}\n${numbered(procedures, state)}\n\n${translate('menuFooter', state.lang)}`;
  return {
    state: { ...state, mode: 'choosing', choices: procedures.map((p) => p.id), session: null, misunderstood: 0 },
    replies: [...lead, menu],
    effects: [],
  };
}

export function explainProcedure(state: ConversationState, procedure: Procedure, context: ConversationContext): TurnResult {
  const overview = describeProcedure(procedure, context.now, context.holidays);
  const offer = procedure.kind === 'flow' ? translate('offerCheck', state.lang, { count: procedure.questions.length }) : translate('offerInfoOnly', state.lang);
  return {
    state: { ...state, mode: 'explained', procedureId: procedure.id, procedureVersion: procedure.version, session: null, choices: [], misunderstood: 0 },
    replies: [renderOverview(overview, state.lang), offer],
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
