import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../../shared/catalog/catalog';
import { step } from '../../../shared/engine/step';
import type { Procedure } from '../../../shared/schema/procedure-schema';
import { procedureById } from '../../support/engine-fixtures';
import { morningOf } from '../../support/real-catalog';

const v1 = procedureById('birth-registration');
// Version 2, published on 1 June 2026, makes registration late after 30 days instead of 60.
const v2: Procedure = {
  ...v1,
  version: 2,
  effectiveFrom: '2026-06-01',
  fees: {
    ...v1.fees,
    items: v1.fees.items.map((item) => ({ ...item, when: { gt: [{ daysSince: { answer: 'child_birth_date' } }, 30] } })),
  },
};

describe('procedure versions', () => {
  const catalog = createCatalog([v1, v2]);

  it('serves the version in force on a given day', () => {
    expect(catalog.current('birth-registration', '2026-05-31')?.version).toBe(1);
    expect(catalog.current('birth-registration', '2026-06-01')?.version).toBe(2);
  });

  it('keeps a session started on version 1 behaving as version 1 after version 2 is published', () => {
    const started = step(catalog.current('birth-registration', '2026-05-30') as Procedure, undefined, { type: 'start' }, { now: morningOf('2026-05-30') });
    let session = started.session;
    const later = { now: morningOf('2026-06-05') };
    for (const value of ['không', 'không', 'cha', '20/04/2026', '1']) {
      const pinned = catalog.get(session.procedureId, session.procedureVersion) as Procedure;
      session = step(pinned, session, { type: 'answer', value }, later).session;
    }
    const result = step(catalog.get(session.procedureId, session.procedureVersion) as Procedure, session, { type: 'resume' }, later);
    const requirements = result.outputs.find((o) => o.kind === 'requirements');
    // 46 days: on time under version 1 (60 days), late under version 2 (30 days).
    expect(requirements && requirements.kind === 'requirements' && requirements.fee.total).toBe(0);

    const fresh = step(catalog.current('birth-registration', '2026-06-05') as Procedure, undefined, { type: 'start' }, later);
    expect(fresh.session.procedureVersion).toBe(2);
  });

  it('refuses to run a session against a different version', () => {
    const started = step(v1, undefined, { type: 'start' }, { now: morningOf('2026-05-30') });
    expect(() => step(v2, started.session, { type: 'resume' }, { now: morningOf('2026-06-05') })).toThrow(/pins birth-registration@1/);
  });
});
