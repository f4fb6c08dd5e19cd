/**
 * Which roles may open each section of the console, mirroring the server's `requireRole` on the
 * routes each section calls (bot-server/console-api/): the menu and the pages' gates read it here.
 */
import type { SignedInStaff } from '../api/session-api';

type Role = SignedInStaff['role'];

const SECTION_ROLES = {
  handoffs: ['official', 'supervisor', 'admin'],
  // Volunteers too: the server shows them only the filings they assisted.
  filings: ['official', 'supervisor', 'volunteer', 'admin'],
  assistedFilings: ['official', 'supervisor', 'volunteer', 'admin'],
  appointments: ['official', 'supervisor', 'admin'],
  appointmentSlots: ['admin'],
  procedures: ['official', 'supervisor', 'volunteer', 'admin'],
  // Not a page of its own: the "Xuất bản" button on the procedures page.
  procedurePublishing: ['admin'],
  dashboard: ['supervisor', 'admin'],
  auditLog: ['supervisor', 'admin'],
  accounts: ['admin'],
  officeSettings: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Section = keyof typeof SECTION_ROLES;

export const mayOpen = (section: Section, role: Role): boolean => (SECTION_ROLES[section] as readonly Role[]).includes(role);
