/** Keyed phone digests: found again by the same number in any spelling, moved on linking, deleted on request. */
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteResidentPhones, findResidentsByPhone, moveResidentPhones, rememberResidentPhone } from '../../../bot-server/storage/resident-phone-store';
import { phoneDigest } from '../../../bot-server/security/phone-digest';
import { createDataCipher } from '../../../bot-server/security/data-cipher';
import { at, dialects, useTestDatabase } from './database-targets';

const cipher = createDataCipher(Buffer.alloc(32, 5));
const digestOf = (phone: string) => phoneDigest(cipher, phone) ?? '';

describe('phone digests', () => {
  it('agree across spellings of one number, differ between numbers and keys, and never contain the number', () => {
    expect(digestOf('0912 345 678')).toBe(digestOf('+84912345678'));
    expect(digestOf('84912345678')).toBe(digestOf('0912.345.678'));
    expect(digestOf('0912345679')).not.toBe(digestOf('0912345678'));
    expect(phoneDigest(createDataCipher(Buffer.alloc(32, 6)), '0912345678')).not.toBe(digestOf('0912345678'));
    expect(digestOf('0912345678')).not.toMatch(/912/);
    expect(phoneDigest(cipher, 'not a phone')).toBeUndefined();
  });
});

describe.each(dialects)('resident phone store (%s)', (dialect) => {
  const target = useTestDatabase(dialect);
  beforeEach(async () => {
    await target.db.deleteFrom('resident_phones').execute();
  });

  it('finds the residents who gave a number, the most recent first, once each', async () => {
    await rememberResidentPhone(target.db, { userId: 'A', digest: digestOf('0912345678'), now: at(0) });
    await rememberResidentPhone(target.db, { userId: 'B', digest: digestOf('0912345678'), now: at(5) });
    await rememberResidentPhone(target.db, { userId: 'A', digest: digestOf('+84912345678'), now: at(9) });
    expect(await findResidentsByPhone(target.db, digestOf('0912 345 678'))).toEqual(['A', 'B']);
    expect(await findResidentsByPhone(target.db, digestOf('0987654321'))).toEqual([]);
  });

  it('moves an app-only resident’s numbers to their chat id without duplicates, and deletes them on request', async () => {
    await rememberResidentPhone(target.db, { userId: 'app:x', digest: digestOf('0912345678'), now: at(0) });
    await rememberResidentPhone(target.db, { userId: 'app:x', digest: digestOf('0987654321'), now: at(1) });
    await rememberResidentPhone(target.db, { userId: 'C', digest: digestOf('0912345678'), now: at(2) });
    await moveResidentPhones(target.db, 'app:x', 'C');
    expect(await findResidentsByPhone(target.db, digestOf('0912345678'))).toEqual(['C']);
    expect(await findResidentsByPhone(target.db, digestOf('0987654321'))).toEqual(['C']);
    await deleteResidentPhones(target.db, 'C');
    expect(await target.db.selectFrom('resident_phones').selectAll().execute()).toEqual([]);
  });
});
