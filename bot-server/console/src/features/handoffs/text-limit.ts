/** The longest reply or note the server takes, read from the shared request schema rather than copied. */
import { handoffTextRequestSchema } from '../../../../../shared/api/console-handoff-schemas';

export const MAX_TEXT_LENGTH = handoffTextRequestSchema.shape.text.maxLength ?? 2000;
