/** The one-stop desk's settings (office_settings): one JSON value per key, written by admins. */
import type { Db } from './database-types';

export type OfficeSettingKey = 'officeHours' | 'cannedReplies';

export async function readOfficeSettings(db: Db): Promise<Partial<Record<OfficeSettingKey, unknown>>> {
  const rows = await db.selectFrom('office_settings').select(['key', 'value']).execute();
  return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
}

export async function writeOfficeSetting(db: Db, setting: { key: OfficeSettingKey; value: unknown; at: string; by: number }): Promise<void> {
  const values = { value: JSON.stringify(setting.value), updated_at: setting.at, updated_by: setting.by };
  await db
    .insertInto('office_settings')
    .values({ key: setting.key, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}
