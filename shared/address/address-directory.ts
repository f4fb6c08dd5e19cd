import { normalizeText } from '../text/fold-vietnamese';
import { invalid, valid } from '../validators/validation-result';
import type { ValidationResult } from '../validators/validation-result';
import { buildAddressIndex } from './address-index';
import type { Commune, Province } from './address-index';
import { provinceDisplayName } from './address-messages';
import type { AddressSnapshot, AddressValue } from './address-value';
import { parseAddressText } from './parse-address-text';

/** Lookups over the 34 provinces and 3,321 communes, plus address parsing for chat and forms. */
export interface AddressDirectory {
  provinces(): Province[];
  communesOf(provinceCode: string): { code: string; name: string }[];
  province(code: string): Province | undefined;
  commune(code: string): Commune | undefined;
  /** Free text from chat ("12 Lê Lợi, P. Bến Thành, TP.HCM", or the old "phường 12, quận Gò Vấp"). */
  parseAddress(input: string): ValidationResult<AddressValue>;
  /** Codes picked in the Mini App: the commune must belong to the province. */
  validateAddressValue(value: { provinceCode: string; communeCode: string; detail?: string }): ValidationResult<AddressValue>;
}

/** Indexes are built once here so that each parse is a handful of Map lookups. */
export function createAddressDirectory(snapshot: AddressSnapshot): AddressDirectory {
  const index = buildAddressIndex(snapshot);
  const provinceList = index.provinces.map((p) => ({ ...p }));
  return {
    provinces: () => provinceList.map((p) => ({ ...p })),
    communesOf: (provinceCode) => (index.communesByProvince.get(provinceCode) ?? []).map(({ code, name }) => ({ code, name })),
    province: (code) => {
      const found = index.provinceByCode.get(code);
      return found ? { code: found.code, name: found.name } : undefined;
    },
    commune: (code) => {
      const found = index.communeByCode.get(code);
      return found ? { ...found } : undefined;
    },
    parseAddress: (input) => parseAddressText(index, input),
    validateAddressValue: ({ provinceCode, communeCode, detail }) => {
      const province = index.provinceByCode.get(provinceCode);
      if (!province) {
        return invalid(
          'Chưa chọn được tỉnh/thành phố. Hãy chọn lại tỉnh/thành phố trong danh sách.',
          'The province or city was not recognised. Please choose it again from the list.',
        );
      }
      const commune = index.communeByCode.get(communeCode);
      const provinceName = provinceDisplayName(index, provinceCode);
      if (!commune || commune.provinceCode !== provinceCode) {
        const what = commune ? `${commune.name} không thuộc ${provinceName}.` : 'Chưa chọn được phường/xã.';
        const whatEn = commune ? `${commune.name} is not in ${provinceName}.` : 'The ward/commune was not recognised.';
        return invalid(
          `${what} Hãy chọn lại phường/xã trong danh sách của ${provinceName}.`,
          `${whatEn} Please choose the ward/commune again from the list for ${provinceName}.`,
        );
      }
      const cleanDetail = normalizeText(detail ?? '');
      const label = [cleanDetail, commune.name, provinceName].filter((part) => part !== '').join(', ');
      return valid({ provinceCode, communeCode, detail: cleanDetail, label });
    },
  };
}
