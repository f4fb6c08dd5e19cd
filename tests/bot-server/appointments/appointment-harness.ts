/**
 * A real bot-server for the appointment HTTP tests, on SQLite or PostgreSQL, with a clock the test
 * sets, Mini App residents (the resident API harness), and console staff signed in the way a
 * browser is (cookie + CSRF token).
 */
import type { LightMyRequestResponse } from 'fastify';
import { createStaffAccount } from '../../../bot-server/console-api/create-staff-account';
import type { StaffRole } from '../../../bot-server/storage/database-types';
import type { ConsoleSessionResponse } from '../../../shared/api/console-api-schemas';
import type { PublishSlotsRequest } from '../../../shared/api/appointment-api-schemas';
import { startResidentApiServer, type ResidentApiServer } from '../resident-api/resident-api-harness';

const PASSWORD = 'mùa thu Hà Nội 2026';

export interface StaffSession {
  cookie: string;
  csrfToken: string;
}

export interface AppointmentServer extends ResidentApiServer {
  setNow(iso: string): void;
  staff(role: StaffRole): Promise<StaffSession>;
  console(session: StaffSession | null, method: 'GET' | 'POST', url: string, payload?: object): Promise<LightMyRequestResponse>;
  /** Publishes slots as an admin; throws unless it answers 201. Returns the created slot ids. */
  publish(request: Partial<PublishSlotsRequest> & Pick<PublishSlotsRequest, 'from' | 'to'>): Promise<number[]>;
}

let staffCounter = 0;

/** Monday 2 March 2026, 09:00 in Vietnam. */
export const MONDAY_9AM = '2026-03-02T02:00:00.000Z';

/** `workers`: run the inbox and outbox workers, for residents who chat through the webhook. */
export async function startAppointmentServer(dialect: 'sqlite' | 'postgres', { workers = false }: { workers?: boolean } = {}): Promise<AppointmentServer> {
  let now = Date.parse(MONDAY_9AM);
  const server = await startResidentApiServer({ dialect, clock: () => new Date(now), workers });
  const { app } = server;
  const consoleCall: AppointmentServer['console'] = (session, method, url, payload) =>
    app.inject({
      method,
      url,
      headers: session ? { 'x-csrf-token': session.csrfToken } : {},
      ...(session ? { cookies: { dvc_console: session.cookie } } : {}),
      ...(payload ? { payload } : {}),
    });
  const staff = async (role: StaffRole): Promise<StaffSession> => {
    const username = `${role}.${(staffCounter += 1)}`;
    const created = await createStaffAccount(app.services.db, { username, displayName: `Cán bộ ${username}`, role, communeCode: null, password: PASSWORD }, { now: new Date(now).toISOString(), actorId: null });
    if (!created.ok) throw created.error;
    const response = await app.inject({ method: 'POST', url: '/api/console/sign-in', payload: { username, password: PASSWORD } });
    const cookie = response.cookies.find((c) => c.name === 'dvc_console');
    if (response.statusCode !== 200 || !cookie) throw new Error(`sign-in answered ${response.statusCode}`);
    return { cookie: cookie.value, csrfToken: (response.json() as ConsoleSessionResponse).csrfToken };
  };
  let admin: StaffSession | undefined;
  return {
    ...server,
    setNow: (iso) => void (now = Date.parse(iso)),
    staff,
    console: consoleCall,
    async publish(request) {
      admin ??= await staff('admin');
      const response = await consoleCall(admin, 'POST', '/api/console/appointment-slots', { times: [{ start: '08:00', end: '09:00' }], slotMinutes: 30, capacity: 3, ...request });
      if (response.statusCode !== 201) throw new Error(`publish answered ${response.statusCode}: ${response.body}`);
      return (response.json() as { created: { id: number }[] }).created.map((slot) => slot.id);
    },
  };
}
