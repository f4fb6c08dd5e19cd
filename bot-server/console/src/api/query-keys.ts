/**
 * Every react-query key of the console in one place, grouped by the live-update topic that makes
 * them stale (see app/live-topics.ts): invalidating a group's first element refetches all of it.
 */
import type { HandoffStatus } from './handoff-api';

export const queryKeys = {
  session: ['session'] as const,
  handoffs: ['handoffs'] as const,
  handoffList: (status: HandoffStatus) => ['handoffs', 'list', status] as const,
  filings: ['filings'] as const,
  /** `filters`: the list's filters as a query string, so each filtered list is cached on its own. */
  filingList: (filters: string) => ['filings', 'list', filters] as const,
  filingPage: (reference: string) => ['filings', 'page', reference] as const,
  /** Filings prepared for residents: a resident's "1" or "2" in the chat is a `filings` event. */
  assistedFilings: ['filings', 'assisted'] as const,
  appointments: ['appointments'] as const,
  appointmentDay: (date: string) => ['appointments', 'day', date] as const,
  appointmentSlots: (from: string, to: string) => ['appointments', 'slots', from, to] as const,
  dashboard: (period: string) => ['dashboard', period] as const,
  cannedReplies: ['canned-replies'] as const,
  officeHours: ['office-hours'] as const,
  assignees: ['assignees'] as const,
  staffAccounts: ['staff-accounts'] as const,
  auditLog: ['audit-log'] as const,
  procedures: ['procedures'] as const,
  procedureDefinition: (id: string) => ['procedure-definition', id] as const,
};
