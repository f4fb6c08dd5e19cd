/** The list's filters carried to a filing in the navigation state, so "back to the list" keeps them. */
export function listPathFrom(state: unknown): string {
  const search = typeof state === 'object' && state !== null && 'listSearch' in state ? state.listSearch : undefined;
  return typeof search === 'string' && search !== '' ? `/filings?${search}` : '/filings';
}
