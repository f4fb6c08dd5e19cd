/**
 * A filing made in the Mini App reaches the officials' console live view as a chat filing does:
 * 'filings' is signalled once the filing is stored (after the commit), not for mere answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { morningOf } from '../../support/real-catalog';
import { startResidentApiServer, type ResidentApiServer } from './resident-api-harness';
import { answerEligibility, eligibleScenario, fillFiling, sendOk } from './run-through-app';

const PROCEDURE = 'temporary-residence';
const scenario = eligibleScenario(PROCEDURE);

describe('a Mini App filing on the console live feed', () => {
  let server: ResidentApiServer;
  beforeAll(async () => {
    server = await startResidentApiServer({ workers: false });
    server.app.services.clock = () => new Date(morningOf(scenario.today));
  }, 30_000);
  afterAll(() => server?.close());

  it("signals 'filings' when the review page is confirmed, and not before", async () => {
    const user = server.user();
    const signals: string[] = [];
    const stop = server.app.services.live.subscribe((topic) => signals.push(topic));
    const review = await fillFiling(server, user, PROCEDURE, await answerEligibility(server, user, PROCEDURE, scenario.answers));
    expect(signals).toEqual([]);
    const submitted = await sendOk(server, user, PROCEDURE, { type: 'confirm' }, review.session);
    stop();
    expect(submitted.session.stage).toBe('submitted');
    expect(signals).toEqual(['filings']);
  });
});
