/**
 * Console passwords, hashed with argon2id (@node-rs/argon2's default algorithm, with its
 * OWASP-recommended cost: 19 MiB, 2 passes). Hashes are PHC strings (`$argon2id$v=19$…`), so the
 * cost can be raised later without breaking stored ones.
 */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { MIN_PASSWORD_LENGTH } from '../../shared/api/console-api-schemas';

/** Longer inputs are refused before hashing, so a huge body cannot tie up the CPU. */
const MAX_PASSWORD_LENGTH = 256;

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): 'tooShort' | 'tooLong' | null {
  // Counted in code points, so "Mật khẩu" counts as a person would count it.
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (length > MAX_PASSWORD_LENGTH) return 'tooLong';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash; with no hash (unknown or disabled account) it checks
 * against a throwaway hash of the same cost, so the answer takes as long either way and timing does
 * not reveal which usernames exist.
 */
export async function checkPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (storedHash === undefined) {
    dummyHash ??= hash(randomBytes(32).toString('base64url'));
    await verify(await dummyHash, password);
    return false;
  }
  return verify(storedHash, password);
}
