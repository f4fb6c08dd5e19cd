/** Console accounts (admins only): `GET /api/console/users`, create, disable. */
import { queryOptions } from '@tanstack/react-query';
import { staffAccountListResponseSchema, staffAccountSchema, type CreateStaffUserRequest } from '../../../../shared/api/console-api-schemas';
import { consoleGet, consolePost } from './console-request';
import { queryKeys } from './query-keys';

export const staffAccountsQuery = queryOptions({
  queryKey: queryKeys.staffAccounts,
  queryFn: ({ signal }) => consoleGet('/api/console/users', staffAccountListResponseSchema, signal),
});

export const createStaffAccount = (input: CreateStaffUserRequest) => consolePost('/api/console/users', staffAccountSchema, input);

export const disableStaffAccount = (id: number) => consolePost(`/api/console/users/${id}/disable`, staffAccountSchema);
