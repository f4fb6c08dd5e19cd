/**
 * Row ids in the API. They are PostgreSQL `integer` columns: a larger number names no row, and
 * PostgreSQL refuses even to compare one with an integer column (a 500 instead of a 404).
 */
import { z } from 'zod';

const DATABASE_ID_MAX = 2_147_483_647;

/** An id in a JSON body. */
export const databaseIdSchema = z.number().int().positive().max(DATABASE_ID_MAX);

/** An id in a path (text, coerced). */
export const databaseIdParamSchema = z.coerce.number().int().positive().max(DATABASE_ID_MAX);
