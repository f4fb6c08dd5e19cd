/**
 * Who holds a Mini App user access token, as Zalo's Graph API says (never an id the client sends).
 * Successful answers are kept in memory for a few minutes, keyed by a SHA-256 of the token (the
 * token itself is not kept), so each request does not call Zalo; refusals are not kept.
 */
import { createHash } from 'node:crypto';
import type { GraphClient, GraphUser } from '../zalo/graph-client';

export type AppUserVerifier = (userToken: string) => Promise<GraphUser | undefined>;

export function createAppUserVerifier(graph: Pick<GraphClient, 'me'>, options: { now: () => Date; ttlMs?: number; maxEntries?: number }): AppUserVerifier {
  const ttlMs = options.ttlMs ?? 5 * 60 * 1000;
  const maxEntries = options.maxEntries ?? 10_000;
  const cache = new Map<string, { user: GraphUser; until: number }>();

  return async (userToken) => {
    const key = createHash('sha256').update(userToken).digest('base64url');
    const now = options.now().getTime();
    const cached = cache.get(key);
    if (cached && cached.until > now) return cached.user;
    cache.delete(key);
    const answer = await graph.me(userToken); // GraphUnavailableError propagates: "try again", not "signed out"
    if (!answer.ok) return undefined;
    // Oldest entry first out (a Map iterates in insertion order).
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
    cache.set(key, { user: answer.user, until: now + ttlMs });
    return answer.user;
  };
}
