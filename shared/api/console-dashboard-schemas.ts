/**
 * HTTP contract of the supervisors' service-quality dashboard (`GET /api/console/dashboard`, and
 * the same figures as CSV at `/api/console/dashboard.csv`). Figures for one period of Vietnam
 * calendar days, `from` and `to` both included; times are counted in Vietnam time (UTC+7).
 *
 * Definitions, written once here and shown in the OpenAPI document:
 * - A filing is decided (đã giải quyết) when it first reaches approved, rejected or resultReady;
 *   the decision time is that first event in the filing's history.
 * - Percentages are 0–100 with one decimal, null when there is nothing to divide by.
 */
import { z } from 'zod';
import { daysBetween } from '../rules/calendar';

/** A longer period is refused: a year is what the yearly report needs. */
const MAX_DASHBOARD_DAYS = 366;

/** The dashboard lists at most this many phrasings the bot could not place. */
export const UNPLACED_TOP = 20;

const isoDate = z.iso.date('Ngày viết theo dạng YYYY-MM-DD, ví dụ 2026-03-01.');

export const dashboardQuerySchema = z
  .object({
    from: isoDate.meta({ description: 'First day of the period (Vietnam time), included', example: '2026-03-01' }),
    to: isoDate.meta({ description: 'Last day of the period (Vietnam time), included', example: '2026-03-31' }),
    procedureId: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'Mã thủ tục viết thường, không dấu, nối bằng gạch ngang, ví dụ birth-registration.')
      .max(100)
      .optional()
      .meta({ description: 'Only this procedure: its filings, their ratings and the ratings of handoffs about it (the bot figures stay whole)' }),
  })
  .refine((query) => query.from <= query.to, { path: ['to'], message: 'Ngày kết thúc (to) phải bằng hoặc sau ngày bắt đầu (from).' })
  .refine((query) => daysBetween(query.from, query.to) < MAX_DASHBOARD_DAYS, {
    path: ['to'],
    message: `Kỳ báo cáo dài tối đa ${MAX_DASHBOARD_DAYS} ngày. Hãy chọn kỳ ngắn hơn.`,
  });
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const count = z.number().int().min(0);
const percent = z.number().min(0).max(100).nullable().meta({ description: '0–100, one decimal; null when there is nothing to divide by' });
const days = z.number().min(0).nullable();

const filingFiguresSchema = z.object({
  received: count.meta({ description: 'Filings received in the period (tiếp nhận trong kỳ)' }),
  receivedOnline: count.meta({ description: 'Of those, submitted online: through the chat or the Mini App (not at the desk with a volunteer)' }),
  onlinePercent: percent.meta({ description: 'receivedOnline / received' }),
  inProgress: count.meta({ description: 'Filings received by the end of the period and not decided by then (đang giải quyết), whenever received' }),
  inProgressOverdue: count.meta({
    description: 'Of those in progress, the ones past their due date: due before the day after the period, or, while the period is still running, before today',
  }),
  resolved: count.meta({ description: 'Filings decided in the period (đã giải quyết), whenever received' }),
  early: count.meta({ description: 'Decided filings whose decision day (Vietnam time) is before the due date (trước hạn)' }),
  onTime: count.meta({ description: 'Decided on the due date itself (đúng hạn)' }),
  late: count.meta({ description: 'Decided after the due date (quá hạn)' }),
  earlyPercent: percent.meta({ description: 'early / resolved' }),
  onTimePercent: percent.meta({ description: 'onTime / resolved' }),
  latePercent: percent.meta({ description: 'late / resolved' }),
  averageProcessingDays: days.meta({
    description:
      'Mean processing time of the decided filings in working days, one decimal. Counted as the due date is: the legal limit minus the working days still left until the due date on the decision day (decided on the due date = the limit; 2 working days late = the limit + 2; never below 0)',
  }),
  p90ProcessingDays: days.meta({ description: '90th percentile (nearest rank) of the same processing times: 9 in 10 decided filings took no longer' }),
});
export type FilingFigures = z.infer<typeof filingFiguresSchema>;

const procedureFiguresSchema = filingFiguresSchema.extend({
  procedureId: z.string(),
  procedureName: z.string().meta({ description: 'Vietnamese name, from the catalog (the id when the procedure is no longer loaded)' }),
  legalLimitDays: days.meta({
    description: 'The legal processing time (thời hạn giải quyết) in working days from the catalog: 0 for same-day procedures; null when the procedure is no longer loaded',
  }),
});
export type ProcedureFigures = z.infer<typeof procedureFiguresSchema>;

const ratingSummarySchema = z.object({
  count,
  average: z.number().min(1).max(5).nullable().meta({ description: 'Mean score, one decimal; null without ratings' }),
  distribution: z.array(z.object({ score: z.number().int().min(1).max(5), count })).length(5).meta({ description: 'How many gave each score, 1 to 5, always five entries' }),
});
export type RatingSummary = z.infer<typeof ratingSummarySchema>;

const botFiguresSchema = z.object({
  conversations: count.meta({ description: 'Residents who wrote to the OA in the period (distinct residents with any webhook event)' }),
  handedOff: count.meta({ description: 'Of those, residents with a handoff to an official opened in the period' }),
  withoutHuman: count.meta({ description: 'conversations − handedOff: residents the bot served alone' }),
  withoutHumanPercent: percent.meta({ description: 'withoutHuman / conversations' }),
  handoffRatePercent: percent.meta({ description: 'handedOff / conversations' }),
  handoffsOpened: count.meta({ description: 'Handoffs opened in the period (a resident may have several)' }),
  answeredHandoffs: count.meta({ description: 'Of those, the ones an official has replied to from the console' }),
  medianFirstReplyMinutes: z.number().min(0).nullable().meta({ description: 'Median clock minutes from opening to the first reply, over answered handoffs, one decimal' }),
  unplacedTotal: count.meta({ description: 'Messages in the period that matched no procedure' }),
  unplacedTop: z
    .array(z.object({ text: z.string().meta({ description: 'As typed, with phone and ID numbers masked; plain text, never HTML' }), count }))
    .max(UNPLACED_TOP)
    .meta({ description: `The ${UNPLACED_TOP} most frequent, counting together the same words with or without accents or capitals` }),
});
export type BotFigures = z.infer<typeof botFiguresSchema>;

export const dashboardResponseSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  communeCode: z.string().nullable().meta({ description: "The commune this deployment serves (COMMUNE_CODE); null when not configured" }),
  procedureId: z.string().nullable().meta({ description: 'The procedure the figures are limited to, or null for all' }),
  filings: z.object({
    total: filingFiguresSchema,
    byProcedure: z.array(procedureFiguresSchema).meta({ description: 'Procedures with any filing received, in progress or decided in the period; most received first' }),
  }),
  satisfaction: z.object({
    filings: ratingSummarySchema.meta({ description: "Residents' ratings of their filings, given in the period" }),
    handoffs: ratingSummarySchema.meta({ description: "Residents' ratings of an official's help, for handoffs resolved in the period" }),
  }),
  bot: botFiguresSchema.meta({ description: 'The chat bot over the whole deployment (a conversation has no single procedure)' }),
});
export type DashboardResponse = z.infer<typeof dashboardResponseSchema>;
