/** A calendar day as officials write it: "2026-03-05" → "05/03/2026". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}
