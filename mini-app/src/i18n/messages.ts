/** The UI dictionary: every fixed string a resident sees, in Vietnamese and English. */
import { COMMON_MESSAGES } from './common-messages';
import { SCREEN_MESSAGES } from './screen-messages';
import { WIZARD_MESSAGES } from './wizard-messages';
import { APPOINTMENT_MESSAGES } from './appointment-messages';

export const MESSAGES = { ...COMMON_MESSAGES, ...SCREEN_MESSAGES, ...WIZARD_MESSAGES, ...APPOINTMENT_MESSAGES };

export type MessageKey = keyof typeof MESSAGES;
