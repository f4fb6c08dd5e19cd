import type { AddressSnapshot } from './address-value';
import { foldName } from './address-tokens';

export interface Province {
  code: string;
  name: string;
}
export interface Commune {
  code: string;
  name: string;
  provinceCode: string;
}
/** Where a province name written by a resident points: the new province and the old (pre-2025) ones in it. */
export interface ProvinceTarget {
  newCode: string;
  oldKeys: string[];
}

interface Mapping {
  commune: string;
  district: string;
  province: string;
  code: string;
  /** New province code of `code`. */
  target: string;
}
/** A pre-July-2025 commune and the new commune(s) it became (a few were split). */
export interface OldCommune {
  name: string;
  district: string;
  codes: Set<string>;
}
/** A pre-July-2025 district (quận/huyện/thị xã/thành phố) and its old communes by folded core name. */
export interface OldDistrict {
  name: string;
  communes: Map<string, OldCommune>;
}

export interface AddressIndex {
  provinces: Province[];
  provinceByCode: Map<string, Province & { placeType: string }>;
  communeByCode: Map<string, Commune>;
  communesByProvince: Map<string, Commune[]>;
  /** Folded province name or nickname → target. */
  provinceAliases: Map<string, ProvinceTarget>;
  /** New province code → folded commune name without "phường/xã/đặc khu" → commune (unique per province). */
  communeNames: Map<string, Map<string, Commune>>;
  /** Folded commune name without prefix → communes anywhere in the country. */
  communeNamesNationwide: Map<string, Commune[]>;
  /** Old province key → folded district name without prefix → district. */
  oldDistricts: Map<string, Map<string, OldDistrict>>;
  /** Old province key → folded old commune name → old communes of that name in any district. */
  oldCommunes: Map<string, Map<string, OldCommune[]>>;
  /** Longest name in words, to bound the matching window. */
  maxWords: number;
}

const PROVINCE_PREFIXES = ['tinh', 'thanh pho'];
const DISTRICT_PREFIXES = ['quan', 'huyen', 'thi xa', 'thanh pho'];
const COMMUNE_PREFIXES = ['phuong', 'xa', 'dac khu', 'thi tran'];

/** Nicknames people write instead of the official name. */
const NICKNAMES: Record<string, string> = {
  hcm: '79', tphcm: '79', 'sai gon': '79', saigon: '79', hn: '01', 'thua thien hue': '46',
};

/** Folded name without its administrative prefix: "Thành phố Hồ Chí Minh" → "ho chi minh". */
function coreNameOf(name: string, prefixes: readonly string[]): string {
  const folded = foldName(name);
  const prefix = prefixes.find((p) => folded.startsWith(`${p} `));
  return prefix ? folded.slice(prefix.length + 1) : folded;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildAddressIndex(snapshot: AddressSnapshot): AddressIndex {
  // Old names repeat thousands of times (one row per old commune): fold each only once.
  const folded = new Map<string, string>();
  const coreName = (name: string, prefixes: readonly string[]): string => {
    const key = `${prefixes[0]}|${name}`;
    const known = folded.get(key);
    if (known !== undefined) return known;
    const core = coreNameOf(name, prefixes);
    folded.set(key, core);
    return core;
  };
  // A few vendored names are decomposed (NFD); labels must be NFC like everything else we store.
  const provinceByCode = new Map(
    snapshot.provinces.map(([code, name, placeType]) => [code, { code, name: name.normalize('NFC'), placeType }]),
  );
  const communeByCode = new Map<string, Commune>();
  const communesByProvince = new Map<string, Commune[]>();
  const communeNames = new Map<string, Map<string, Commune>>();
  const communeNamesNationwide = new Map<string, Commune[]>();
  let maxWords = 1;
  for (const [code, rawName, provinceCode] of snapshot.communes) {
    const name = rawName.normalize('NFC');
    const commune = { code, name, provinceCode };
    const core = coreName(name, COMMUNE_PREFIXES);
    maxWords = Math.max(maxWords, core.split(' ').length);
    communeByCode.set(code, commune);
    push(communesByProvince, provinceCode, commune);
    const names = communeNames.get(provinceCode) ?? new Map<string, Commune>();
    communeNames.set(provinceCode, names.set(core, names.get(core) ?? commune));
    push(communeNamesNationwide, core, commune);
  }

  const mappings = cleanMappings(snapshot, communeByCode);
  const oldDistricts = new Map<string, Map<string, OldDistrict>>();
  const oldCommunes = new Map<string, Map<string, OldCommune[]>>();
  const newOfOld = new Map<string, string>();
  const oldOfNew = new Map<string, Set<string>>();
  for (const { commune, district, province, code, target } of mappings) {
    const oldKey = coreName(province, PROVINCE_PREFIXES);
    newOfOld.set(oldKey, target);
    oldOfNew.set(target, (oldOfNew.get(target) ?? new Set()).add(oldKey));
    const districts = oldDistricts.get(oldKey) ?? new Map<string, OldDistrict>();
    oldDistricts.set(oldKey, districts);
    // "Huyện Kỳ Anh" and "Thị xã Kỳ Anh" share a core name: keep them together.
    const districtCore = coreName(district, DISTRICT_PREFIXES);
    const entry = districts.get(districtCore) ?? { name: district, communes: new Map() };
    districts.set(districtCore, entry);
    const communeCore = coreName(commune, COMMUNE_PREFIXES);
    let old = entry.communes.get(communeCore);
    if (!old) {
      old = { name: commune, district, codes: new Set<string>() };
      entry.communes.set(communeCore, old);
      const byName = oldCommunes.get(oldKey) ?? new Map<string, OldCommune[]>();
      oldCommunes.set(oldKey, byName);
      push(byName, communeCore, old);
    }
    old.codes.add(code);
    maxWords = Math.max(maxWords, districtCore.split(' ').length, communeCore.split(' ').length);
  }

  const provinceAliases = new Map<string, ProvinceTarget>();
  for (const [oldKey, newCode] of newOfOld) provinceAliases.set(oldKey, { newCode, oldKeys: [oldKey] });
  const targetOfNew = (code: string): ProvinceTarget => ({ newCode: code, oldKeys: [...(oldOfNew.get(code) ?? [])] });
  for (const { code, name } of provinceByCode.values()) provinceAliases.set(coreName(name, PROVINCE_PREFIXES), targetOfNew(code));
  for (const [nickname, code] of Object.entries(NICKNAMES)) provinceAliases.set(nickname, targetOfNew(code));
  for (const alias of provinceAliases.keys()) maxWords = Math.max(maxWords, alias.split(' ').length);

  const provinces = [...provinceByCode.values()].map(({ code, name }) => ({ code, name }));
  return {
    provinces,
    provinceByCode,
    communeByCode,
    communesByProvince,
    provinceAliases,
    communeNames,
    communeNamesNationwide,
    oldDistricts,
    oldCommunes,
    maxWords,
  };
}

/**
 * The vendored mapping has rows without names, codes that lost their leading zero ("292" for
 * "00292"), and a few rows pointing into an unrelated province. Provinces were merged whole in
 * 2025, so each old province belongs to exactly one new one (the one most of its rows point to);
 * rows pointing elsewhere are dropped rather than guessed.
 */
function cleanMappings(snapshot: AddressSnapshot, communeByCode: Map<string, Commune>): Mapping[] {
  const rows = snapshot.oldToNew.flatMap(([commune, district, province, rawCode]) => {
    if (![commune, district, province, rawCode].every((cell) => typeof cell === 'string')) return [];
    const code = communeByCode.has(rawCode) ? rawCode : rawCode.padStart(5, '0');
    const target = communeByCode.get(code)?.provinceCode;
    const nfc = (text: string): string => text.normalize('NFC');
    return target ? [{ commune: nfc(commune), district: nfc(district), province: nfc(province), code, target }] : [];
  });
  const votes = new Map<string, Map<string, number>>();
  for (const { province, target } of rows) {
    const count = votes.get(province) ?? new Map<string, number>();
    votes.set(province, count.set(target, (count.get(target) ?? 0) + 1));
  }
  const home = new Map([...votes].map(([province, count]) => [province, [...count].sort((a, b) => b[1] - a[1])[0]?.[0]]));
  return rows.filter((row) => home.get(row.province) === row.target);
}
