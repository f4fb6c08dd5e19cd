import { invalid } from '../validators/validation-result';
import type { ValidationResult } from '../validators/validation-result';
import type { AddressIndex, Commune } from './address-index';

/**
 * Error messages for addresses: each says what is missing and shows the expected form with an
 * example from the resident's own province when we know it.
 */
const FORM_VI = 'số nhà, đường, phường/xã, tỉnh/thành phố';
const FORM_EN = 'house number, street, ward/commune, province/city';

/** "Tỉnh Cao Bằng" / "Thành phố Hà Nội": the snapshot names provinces without "Tỉnh". */
export function provinceDisplayName(index: AddressIndex, code: string): string {
  const province = index.provinceByCode.get(code);
  if (!province) return code;
  return province.placeType === 'Tỉnh' ? `Tỉnh ${province.name}` : province.name;
}

function exampleAddress(index: AddressIndex, provinceCode = '79', commune?: Commune): string {
  const first = commune ?? index.communesByProvince.get(provinceCode)?.find((c) => c.name === 'Phường Bến Thành') ??
    index.communesByProvince.get(provinceCode)?.[0];
  return `12 Lê Lợi, ${first?.name ?? 'Phường Bến Thành'}, ${provinceDisplayName(index, provinceCode)}`;
}

export const addressMessages = {
  empty: (index: AddressIndex): ValidationResult<never> =>
    invalid(
      `Bạn chưa nhập địa chỉ. Hãy ghi theo dạng: ${FORM_VI}, ví dụ: ${exampleAddress(index)}.`,
      `Please enter an address as: ${FORM_EN}, e.g. ${exampleAddress(index)}.`,
    ),
  noProvince: (index: AddressIndex): ValidationResult<never> =>
    invalid(
      `Chưa tìm thấy tên tỉnh/thành phố trong địa chỉ. Hãy ghi tên một trong 34 tỉnh, thành phố hiện nay ở cuối địa chỉ, ví dụ: ${exampleAddress(index)}.`,
      `We could not find the province or city in this address. Please end the address with one of the 34 current provinces and cities, e.g. ${exampleAddress(index)}.`,
    ),
  noCommune: (index: AddressIndex, provinceCode: string): ValidationResult<never> => {
    const province = provinceDisplayName(index, provinceCode);
    return invalid(
      `Địa chỉ còn thiếu tên phường/xã, hoặc chưa tìm thấy phường/xã này ở ${province}. Hãy ghi tên phường/xã hiện nay (sau ngày 1/7/2025) theo dạng: ${FORM_VI}, ví dụ: ${exampleAddress(index, provinceCode)}.`,
      `The ward/commune is missing, or we could not find it in ${province}. Please give the current ward/commune (since 1 July 2025) as: ${FORM_EN}, e.g. ${exampleAddress(index, provinceCode)}.`,
    );
  },
  otherProvince: (index: AddressIndex, communes: readonly Commune[], provinceCode: string): ValidationResult<never> => {
    const name = communes[0]?.name ?? '';
    const homes = [...new Set(communes.map((c) => provinceDisplayName(index, c.provinceCode)))].join(', ');
    const given = provinceDisplayName(index, provinceCode);
    return invalid(
      `${name} thuộc ${homes}, không thuộc ${given}. Hãy kiểm tra lại phường/xã hoặc tỉnh/thành phố, ví dụ: ${exampleAddress(index, communes[0]?.provinceCode, communes[0])}.`,
      `${name} is in ${homes}, not in ${given}. Please check the ward/commune or the province, e.g. ${exampleAddress(index, communes[0]?.provinceCode, communes[0])}.`,
    );
  },
  oldSplit: (index: AddressIndex, oldName: string, communes: readonly Commune[]): ValidationResult<never> => {
    const names = communes.map((c) => c.name).join(', ');
    const example = exampleAddress(index, communes[0]?.provinceCode, communes[0]);
    return invalid(
      `${oldName} (tên cũ) nay được chia cho nhiều phường/xã mới: ${names}. Hãy ghi tên phường/xã mới nơi bạn ở, ví dụ: ${example}.`,
      `${oldName} (old name) is now split between several wards/communes: ${names}. Please give the new one where you live, e.g. ${example}.`,
    );
  },
  oldAmbiguous: (index: AddressIndex, oldName: string, districts: readonly string[], provinceCode: string): ValidationResult<never> => {
    const province = provinceDisplayName(index, provinceCode);
    const example = `${oldName}, ${districts[0] ?? ''}, ${province}`;
    const listed = districts.slice(0, 5).join(', ') + (districts.length > 5 ? ', …' : '');
    return invalid(
      `${province} trước đây có nhiều nơi tên “${oldName}” (${listed}). Hãy ghi thêm quận/huyện cũ, ví dụ: ${example}, hoặc ghi tên phường/xã mới.`,
      `${province} used to have several places named “${oldName}” (${listed}). Please add the old district, e.g. ${example}, or give the new ward/commune.`,
    );
  },
};
