/** Infrastructure failures of the storage layer (a migration that cannot run, a broken connection URL). */
export class StorageError extends Error {
  constructor(
    readonly code: 'MIGRATION_FAILED' | 'CONCURRENT_UPDATE',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}
