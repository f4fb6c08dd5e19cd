/**
 * A one-off message carried to the list in the navigation state (after a handoff is resolved, its
 * detail is gone, so the confirmation is shown above the list instead).
 */
export function noticeOf(state: unknown): string | undefined {
  const notice = typeof state === 'object' && state !== null && 'notice' in state ? state.notice : undefined;
  return typeof notice === 'string' ? notice : undefined;
}
