/** Accounts of the console (admins only): list, create, disable. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { assigneeListResponseSchema, createStaffUserRequestSchema, csrfHeadersSchema, staffAccountListResponseSchema, staffAccountSchema, staffUserParamsSchema } from '../../shared/api/console-api-schemas';
import { disableStaffUser, findStaffUserById, listStaffUsers, type StaffUserRow } from '../storage/staff-user-store';
import { recordAudit } from '../storage/audit-log-store';
import { inTransaction } from '../storage/in-transaction';
import { requireRole, staffOf } from './console-auth';
import { createStaffAccount } from './create-staff-account';
import { consoleErrors } from './console-errors';
import { staffSeesDeployment } from './commune-scope';

const accountView = (row: StaffUserRow) => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  communeCode: row.commune_code,
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
  lockedUntil: row.locked_until,
});

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db } = services;
  const errors = { 401: apiErrorSchema, 403: apiErrorSchema };

  app.get(
    '/users',
    { onRequest: requireRole('admin'), schema: { tags: ['console'], summary: 'Every console account (admins)', response: { 200: staffAccountListResponseSchema, ...errors } } },
    async () => ({ items: (await listStaffUsers(db)).map(accountView) }),
  );

  app.get(
    '/assignees',
    {
      onRequest: requireRole('supervisor', 'admin'),
      schema: { tags: ['console'], summary: "Who a handoff can be given to: active officials, supervisors and admins who see this commune's work", response: { 200: assigneeListResponseSchema, ...errors } },
    },
    async () => {
      const rows = await listStaffUsers(db);
      const assignable = rows.filter((row) => row.disabled_at === null && row.role !== 'volunteer' && staffSeesDeployment({ communeCode: row.commune_code }, services.config));
      return { items: assignable.map((row) => ({ id: row.id, displayName: row.display_name, role: row.role })) };
    },
  );

  app.post(
    '/users',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: ['console'],
        summary: 'Create a console account (admins); the password needs at least 12 characters',
        headers: csrfHeadersSchema,
        body: createStaffUserRequestSchema,
        response: { 201: staffAccountSchema, 400: apiErrorSchema, 409: apiErrorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await createStaffAccount(db, request.body, { now: services.clock().toISOString(), actorId: staffOf(request).id });
      if (!result.ok) throw result.error;
      const row = await findStaffUserById(db, result.id);
      if (!row) throw new Error('account vanished right after it was created');
      return reply.status(201).send(accountView(row));
    },
  );

  app.post(
    '/users/:id/disable',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: ['console'],
        summary: 'Disable a console account and end its sessions (admins)',
        headers: csrfHeadersSchema,
        params: staffUserParamsSchema,
        response: { 200: staffAccountSchema, 404: apiErrorSchema, 409: apiErrorSchema, ...errors },
      },
    },
    async (request) => {
      const actor = staffOf(request);
      const { id } = request.params;
      if (id === actor.id) throw consoleErrors.cannotDisableSelf();
      const now = services.clock().toISOString();
      const row = await inTransaction(db, async (trx) => {
        if (!(await disableStaffUser(trx, id, now))) return undefined;
        await recordAudit(trx, { at: now, userId: actor.id, action: 'user.disabled', subjectType: 'staff_user', subjectId: String(id) });
        return findStaffUserById(trx, id);
      });
      if (!row) throw consoleErrors.userNotFound();
      return accountView(row);
    },
  );
};
