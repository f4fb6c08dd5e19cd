import { validatePhone } from '../../shared/validators/phone';
import type { DataCipher } from './data-cipher';

/** The keyed digest of a phone number in its E.164 form ("0912 345 678" and "+84912345678" agree); undefined when it is not a phone number. */
export function phoneDigest(cipher: Pick<DataCipher, 'digest'>, phone: string): string | undefined {
  const checked = validatePhone(phone);
  return checked.ok ? cipher.digest('phone', checked.value) : undefined;
}
