/**
 * Fresh random bytes drawn from a pre-filled buffer: one call into the system's generator per
 * 4 KiB instead of one per sealed message (each webhook event and reply is sealed). The bytes are
 * as random as `randomBytes`, and each is handed out once.
 */
import { randomFillSync } from 'node:crypto';

export function createRandomPool(size = 4096): (length: number) => Buffer {
  const pool = Buffer.allocUnsafe(size);
  let offset = size;
  return (length) => {
    if (length > size) throw new RangeError(`at most ${size} bytes at a time`);
    if (offset + length > size) {
      randomFillSync(pool);
      offset = 0;
    }
    // A copy: the pool is overwritten later, the caller keeps its bytes.
    const bytes = Buffer.from(pool.subarray(offset, offset + length));
    offset += length;
    return bytes;
  };
}
