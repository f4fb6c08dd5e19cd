import type { Kysely, Migration } from 'kysely';

/** The resident's 1–5 answer to "how was the help?" after an official resolved their handoff. */
export const handoffRating: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('handoffs').addColumn('rating', 'integer').execute();
  },
};
