import type { Kysely, Migration } from 'kysely';
import { replaceColumnCheck } from './replace-column-check';

/** `outdated`: the resident said yes, but the rules changed since the volunteer prepared it, so nothing was filed. */
export const assistedFilingOutdatedReason: Migration = {
  async up(db: Kysely<unknown>) {
    await replaceColumnCheck(db, {
      table: 'assisted_filings',
      column: 'cancel_reason',
      before: "cancel_reason in ('declined', 'unanswered')",
      after: "cancel_reason in ('declined', 'unanswered', 'outdated')",
    });
  },
};
