import { randomInt } from 'node:crypto';
import type { ConversationContext } from '../../shared/conversation/conversation-types';
import { generateReferenceCode } from '../../shared/filing/reference-code';
import type { Services } from '../app/services';

/** The most-asked procedures first in the chat menu. */
const MENU = [
  'birth-registration',
  'permanent-residence',
  'temporary-residence',
  'marital-status-certificate',
  'certified-copy',
  'civil-status-extract-copy',
  'household-business-registration',
  'marriage-registration',
  'child-birth-residence-insurance',
];

/** What the pure conversation layer needs for one turn: time, catalog, search, and a fresh reference code. */
export function conversationContext(services: Services, now: Date): ConversationContext {
  return {
    now: now.toISOString(),
    catalog: services.catalog,
    search: services.search,
    holidays: services.holidays,
    addresses: services.addresses,
    referenceCode: generateReferenceCode(randomInt),
    menu: MENU,
    officeHours: services.officeSettings.hours(),
    miniAppLink: (procedureId) => {
      const link = new URL(services.miniAppUrl());
      link.searchParams.set('procedure', procedureId);
      return link.toString();
    },
  };
}
