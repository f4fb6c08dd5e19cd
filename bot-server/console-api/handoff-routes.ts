/**
 * The handoff inbox (hộp thư chuyển cán bộ): residents waiting for a human, oldest first; claim,
 * assign, reply (through the outbox), internal notes, resolve (back to the bot, with a rating
 * question). Accounts of another commune than the deployment's are turned away by requireRole.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { csrfHeadersSchema } from '../../shared/api/console-api-schemas';
import {
  assignHandoffRequestSchema,
  HANDOFF_TARGET_MINUTES,
  handoffListQuerySchema,
  handoffListResponseSchema,
  handoffParamsSchema,
  handoffResponseSchema,
  handoffTextRequestSchema,
} from '../../shared/api/console-handoff-schemas';
import { recordAudit, recordReadAudit } from '../storage/audit-log-store';
import { inTransaction } from '../storage/in-transaction';
import { assignHandoff, findHandoffWithAssignee, insertHandoffNote, listHandoffsWithAssignee, markHandoffFirstReply } from '../storage/handoff-inbox-store';
import { findStaffUserById } from '../storage/staff-user-store';
import { requireRole, staffOf } from './console-auth';
import { consoleErrors } from './console-errors';
import { ensureMayAct, openHandoffOrFail, queueToResident, resolveAndHandBack } from './handoff-actions';
import { handoffViews } from './handoff-view';
import { staffSeesDeployment } from './commune-scope';

/** The list shows at most this many handoffs (the oldest, which need an answer first). */
const LIST_LIMIT = 200;

export const handoffRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db } = services;
  const handlers = requireRole('official', 'supervisor', 'admin');
  const errors = { 401: apiErrorSchema, 403: apiErrorSchema };
  const changeErrors = { 400: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, ...errors };

  /** The handoff after a change, as the list shows it; other open consoles are told to refetch. */
  const changed = async (id: number) => {
    services.live.publish('handoffs');
    const row = await findHandoffWithAssignee(db, id);
    if (!row) throw consoleErrors.handoffNotFound();
    const [item] = await handoffViews(db, services, [row]);
    if (!item) throw new Error('handoff view vanished');
    return { item };
  };
  app.get(
    '/handoffs',
    {
      onRequest: handlers,
      schema: {
        tags: ['console'],
        summary: `Handoffs waiting for a human (or resolved), oldest first, with the last messages; overdue after ${HANDOFF_TARGET_MINUTES} minutes unanswered`,
        querystring: handoffListQuerySchema,
        response: { 200: handoffListResponseSchema, ...errors },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const rows = await listHandoffsWithAssignee(db, request.query.status, LIST_LIMIT);
      const items = await handoffViews(db, services, rows);
      // Residents' messages are personal data: reading them is logged.
      await recordReadAudit(db, { at: services.clock().toISOString(), userId: staff.id, action: 'handoff.list-read', subjectType: 'handoff', subjectId: null, detail: { status: request.query.status, count: items.length } });
      return { targetMinutes: HANDOFF_TARGET_MINUTES, items };
    },
  );

  app.post(
    '/handoffs/:id/claim',
    {
      onRequest: handlers,
      schema: { tags: ['console'], summary: 'Take a handoff (one nobody holds, or one overdue)', headers: csrfHeadersSchema, params: handoffParamsSchema, response: { 200: handoffResponseSchema, ...changeErrors } },
    },
    async (request) => {
      const staff = staffOf(request);
      const now = services.clock();
      const { id } = request.params;
      await inTransaction(db, async (trx) => {
        ensureMayAct(await openHandoffOrFail(trx, id), staff, now);
        await assignHandoff(trx, id, { userId: staff.id, now: now.toISOString() });
        await recordAudit(trx, { at: now.toISOString(), userId: staff.id, action: 'handoff.claimed', subjectType: 'handoff', subjectId: String(id) });
      });
      return changed(id);
    },
  );

  app.post(
    '/handoffs/:id/assign',
    {
      onRequest: requireRole('supervisor', 'admin'),
      schema: {
        tags: ['console'],
        summary: 'Give a handoff to an official (supervisors and admins), also to reassign an overdue one',
        headers: csrfHeadersSchema,
        params: handoffParamsSchema,
        body: assignHandoffRequestSchema,
        response: { 200: handoffResponseSchema, ...changeErrors },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const now = services.clock().toISOString();
      const { id } = request.params;
      const { userId } = request.body;
      await inTransaction(db, async (trx) => {
        await openHandoffOrFail(trx, id);
        const assignee = await findStaffUserById(trx, userId);
        // The assignee must be able to see it: active, not a volunteer, of this commune.
        if (!assignee || assignee.disabled_at !== null || assignee.role === 'volunteer' || !staffSeesDeployment({ communeCode: assignee.commune_code }, services.config)) throw consoleErrors.assigneeInvalid();
        await assignHandoff(trx, id, { userId, now });
        await recordAudit(trx, { at: now, userId: staff.id, action: 'handoff.assigned', subjectType: 'handoff', subjectId: String(id), detail: { to: userId } });
      });
      return changed(id);
    },
  );

  app.post(
    '/handoffs/:id/reply',
    {
      onRequest: handlers,
      schema: {
        tags: ['console'],
        summary: 'Send a message to the resident through Zalo (queued like bot replies); the bot stays silent',
        headers: csrfHeadersSchema,
        params: handoffParamsSchema,
        body: handoffTextRequestSchema,
        response: { 200: handoffResponseSchema, ...changeErrors },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const now = services.clock();
      const at = now.toISOString();
      const { id } = request.params;
      await inTransaction(db, async (trx) => {
        const row = await openHandoffOrFail(trx, id);
        ensureMayAct(row, staff, now);
        // Whoever answers an unheld handoff holds it from then on.
        if (row.assigned_to === null) await assignHandoff(trx, id, { userId: staff.id, now: at });
        await queueToResident(trx, services, { userId: row.user_id, text: request.body.text, by: 'official', now: at });
        await markHandoffFirstReply(trx, id, at);
        await recordAudit(trx, { at, userId: staff.id, action: 'handoff.replied', subjectType: 'handoff', subjectId: String(id), detail: { length: request.body.text.length } });
      });
      services.wake.outbox();
      return changed(id);
    },
  );

  app.post(
    '/handoffs/:id/notes',
    {
      onRequest: handlers,
      schema: {
        tags: ['console'],
        summary: 'Add an internal note (officials only; never sent to the resident)',
        headers: csrfHeadersSchema,
        params: handoffParamsSchema,
        body: handoffTextRequestSchema,
        response: { 201: handoffResponseSchema, ...changeErrors },
      },
    },
    async (request, reply) => {
      const staff = staffOf(request);
      const at = services.clock().toISOString();
      const { id } = request.params;
      await inTransaction(db, async (trx) => {
        if (!(await findHandoffWithAssignee(trx, id))) throw consoleErrors.handoffNotFound();
        await insertHandoffNote(trx, { handoffId: id, authorId: staff.id, sealedText: services.cipher.seal(JSON.stringify(request.body.text)), at });
        await recordAudit(trx, { at, userId: staff.id, action: 'handoff.note-added', subjectType: 'handoff', subjectId: String(id) });
      });
      return reply.status(201).send(await changed(id));
    },
  );

  app.post(
    '/handoffs/:id/resolve',
    {
      onRequest: handlers,
      schema: {
        tags: ['console'],
        summary: 'Resolve: the bot takes the conversation back where the resident was, and asks for a 1–5 rating',
        headers: csrfHeadersSchema,
        params: handoffParamsSchema,
        response: { 200: handoffResponseSchema, ...changeErrors },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const now = services.clock();
      const { id } = request.params;
      await inTransaction(db, async (trx) => {
        const row = await openHandoffOrFail(trx, id);
        ensureMayAct(row, staff, now);
        await resolveAndHandBack(trx, services, row, now.toISOString());
        await recordAudit(trx, { at: now.toISOString(), userId: staff.id, action: 'handoff.resolved', subjectType: 'handoff', subjectId: String(id) });
      });
      services.wake.outbox();
      return changed(id);
    },
  );
};
