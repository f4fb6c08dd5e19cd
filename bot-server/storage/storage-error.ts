/**
 * Infrastructure failures of the storage layer (a migration that cannot run, a broken connection URL),
 * and LEASE_LOST: work a worker held too long was taken over by another, so its writes are rolled back.
 */
export class StorageError extends Error {
  constructor(
    readonly code: 'MIGRATION_FAILED' | 'CONCURRENT_UPDATE' | 'LEASE_LOST',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}
