import { valid } from '../validators/validation-result';
import type { ValidationResult } from '../validators/validation-result';
import type { AddressIndex, Commune, OldCommune, OldDistrict, ProvinceTarget } from './address-index';
import { bestMatch, findNames, spanOf } from './address-matching';
import type { MatchRule, NameMatch } from './address-matching';
import { addressMessages as say, provinceDisplayName } from './address-messages';
import { tokenizeAddress } from './address-tokens';
import type { AddressToken } from './address-tokens';
import type { AddressValue } from './address-value';

const PROVINCE_RULE: MatchRule = { accept: ['province', 'city'], reject: ['commune', 'district'] };
const DISTRICT_RULE: MatchRule = { accept: ['district', 'city'], reject: ['commune', 'province'] };
const COMMUNE_RULE: MatchRule = { accept: ['commune'], reject: ['district', 'city', 'province'] };
const COUNTRY = new Set(['viet nam', 'vietnam', 'vn']);

type Picked = { ok: true; commune: Commune; used: number[] } | { ok: false; error: ValidationResult<never> };
type OldMatch = { district: NameMatch<OldDistrict>; commune: NameMatch<OldCommune> };

/**
 * Free-text address → official codes. The province is the name nearest the end; the commune is
 * looked up in that province, either by its new name or, for addresses still written the old way
 * ("phường 12, quận Gò Vấp"), through the old→new mapping. What is left is the detail.
 */
export function parseAddressText(index: AddressIndex, input: string): ValidationResult<AddressValue> {
  const { text, tokens } = tokenizeAddress(input);
  if (tokens.length === 0) return say.empty(index);
  const provinces = findNames(tokens, index.maxWords, (key) => index.provinceAliases.get(key), PROVINCE_RULE);
  const province = provinces.sort((a, b) => b.end - a.end || a.start - b.start)[0];
  if (!province) return say.noProvince(index);
  const used = new Set(spanOf(province));
  const after = tokens.slice(province.end).map((token) => token.key).join(' ');
  if (COUNTRY.has(after)) for (let i = province.end; i < tokens.length; i += 1) used.add(i);

  const picked = pickCommune(index, tokens, province.value, used);
  if (!picked.ok) return picked.error;
  for (const i of picked.used) used.add(i);
  // An old district written next to a new commune name is dropped from the detail: it no longer exists.
  for (const district of districtMatches(index, tokens, province.value, used)) {
    if (district.markerStart !== undefined) for (const i of spanOf(district)) used.add(i);
  }
  const detail = leftover(text, tokens, used);
  const { commune } = picked;
  const label = [detail, commune.name, provinceDisplayName(index, commune.provinceCode)].filter((part) => part !== '').join(', ');
  return valid({ provinceCode: commune.provinceCode, communeCode: commune.code, detail, label });
}

/**
 * Order of trust: an old commune with its "quận/huyện" written out, then a new name after
 * "phường/xã", then an old commune with a bare district name, then an old name after "phường/xã"
 * that is unique in the province, then a bare new name.
 */
function pickCommune(index: AddressIndex, tokens: AddressToken[], target: ProvinceTarget, used: Set<number>): Picked {
  const names = index.communeNames.get(target.newCode);
  const newMatches = findNames(tokens, index.maxWords, (key) => names?.get(key), COMMUNE_RULE, used);
  const newStrong = bestMatch(newMatches.filter(isMarked));
  const old = bestOld(oldMatches(index, tokens, target, used));
  const fromOld = (match: OldMatch): Picked =>
    resolveOld(index, match.commune.value, [...spanOf(match.district), ...spanOf(match.commune)], newMatches);

  if (old && isMarked(old.district)) return fromOld(old);
  if (newStrong) return { ok: true, commune: newStrong.value, used: spanOf(newStrong) };
  if (old) return fromOld(old);

  const oldByName = index.oldCommunes;
  const lookupOld = (key: string): OldCommune[] | undefined => {
    const found = target.oldKeys.flatMap((oldKey) => oldByName.get(oldKey)?.get(key) ?? []);
    return found.length > 0 ? found : undefined;
  };
  const oldOnly = bestMatch(findNames(tokens, index.maxWords, lookupOld, COMMUNE_RULE, used).filter(isMarked));
  if (oldOnly) {
    const [first, ...others] = oldOnly.value;
    if (first && others.length === 0) return resolveOld(index, first, spanOf(oldOnly), newMatches);
    const districts = oldOnly.value.map((o) => o.district);
    return { ok: false, error: say.oldAmbiguous(index, first?.name ?? '', districts, target.newCode) };
  }
  const newWeak = bestMatch(newMatches);
  if (newWeak) return { ok: true, commune: newWeak.value, used: spanOf(newWeak) };

  const lookupAnywhere = (key: string): Commune[] | undefined => index.communeNamesNationwide.get(key);
  const elsewhere = bestMatch(findNames(tokens, index.maxWords, lookupAnywhere, COMMUNE_RULE, used).filter(isMarked));
  const error = elsewhere ? say.otherProvince(index, elsewhere.value, target.newCode) : say.noCommune(index, target.newCode);
  return { ok: false, error };
}

function isMarked(match: NameMatch<unknown>): boolean {
  return match.markerStart !== undefined;
}

function districtMatches(index: AddressIndex, tokens: AddressToken[], target: ProvinceTarget, used: Set<number>): NameMatch<OldDistrict>[] {
  return target.oldKeys.flatMap((oldKey) => {
    const districts = index.oldDistricts.get(oldKey);
    return districts ? findNames(tokens, index.maxWords, (key) => districts.get(key), DISTRICT_RULE, used) : [];
  });
}

/** Every (old district, old commune in it) pair written in the address, not overlapping. */
function oldMatches(index: AddressIndex, tokens: AddressToken[], target: ProvinceTarget, used: Set<number>): OldMatch[] {
  return districtMatches(index, tokens, target, used).flatMap((district) => {
    const blocked = new Set([...used, ...spanOf(district)]);
    const communes = findNames(tokens, index.maxWords, (key) => district.value.communes.get(key), COMMUNE_RULE, blocked);
    return communes.map((commune) => ({ district, commune }));
  });
}

/** Prefer pairs with more markers written out, then the one nearest the end. */
function bestOld(matches: OldMatch[]): OldMatch | undefined {
  const score = (m: OldMatch): number => (isMarked(m.district) ? 2 : 0) + (isMarked(m.commune) ? 1 : 0);
  return [...matches].sort((a, b) => score(b) - score(a) || b.commune.end - a.commune.end)[0];
}

/** An old commune → its new commune; when it was split, a new name written too settles it. */
function resolveOld(index: AddressIndex, old: OldCommune, used: number[], newMatches: NameMatch<Commune>[]): Picked {
  const communes = [...old.codes].flatMap((code) => index.communeByCode.get(code) ?? []);
  const [only, ...others] = communes;
  if (only && others.length === 0) return { ok: true, commune: only, used };
  const named = newMatches.find((m) => old.codes.has(m.value.code));
  if (named) return { ok: true, commune: named.value, used: [...used, ...spanOf(named)] };
  return { ok: false, error: say.oldSplit(index, `${old.name}, ${old.district}`, communes) };
}

/** The text not used by any name, as typed, split at commas and " - ", without stray separators. */
function leftover(text: string, tokens: AddressToken[], used: Set<number>): string {
  const pieces: string[] = [];
  let from = 0;
  tokens.forEach((token, i) => {
    if (!used.has(i)) return;
    if (!used.has(i - 1)) pieces.push(text.slice(from, token.start));
    from = token.end;
  });
  pieces.push(text.slice(from));
  return pieces
    .flatMap((piece) => piece.split(/[,;]|\s[-–]\s/))
    .map((piece) => piece.replace(/^[\s\-–.:/]+|[\s\-–:/]+$/g, ''))
    .filter((piece) => piece !== '')
    .join(', ');
}
