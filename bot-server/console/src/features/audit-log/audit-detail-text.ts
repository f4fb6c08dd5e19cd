/**
 * An audit entry's details as one line of plain text ("from: received · to: processing"). They are
 * whatever the server recorded, so they are shown as text, never interpreted.
 */
export function auditDetailText(detail: Record<string, unknown> | null): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}
