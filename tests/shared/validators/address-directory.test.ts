import { describe, expect, it } from 'vitest';
import { createAddressDirectory } from '../../../shared/address/address-directory';
import snapshot from '../../../shared/address/address-snapshot.json';
import type { AddressSnapshot } from '../../../shared/address/address-value';
import type { ValidationResult } from '../../../shared/validators/validation-result';

// The JSON import is typed from its contents (a few mapping cells are null), hence the double cast.
const directory = createAddressDirectory(snapshot as unknown as AddressSnapshot);

function errorVi(result: ValidationResult<unknown>): string {
  if (result.ok) throw new Error(`expected a validation error, got ${JSON.stringify(result.value)}`);
  return result.error.vi;
}

describe('address directory lookups', () => {
  it('lists the 34 provinces and each province’s communes', () => {
    expect(directory.provinces()).toHaveLength(34);
    expect(directory.provinces()).toContainEqual({ code: '79', name: 'Thành phố Hồ Chí Minh' });
    const total = directory.provinces().reduce((sum, p) => sum + directory.communesOf(p.code).length, 0);
    expect(total).toBe(3321);
    expect(directory.communesOf('01')).toContainEqual({ code: '00004', name: 'Phường Ba Đình' });
    expect(directory.communesOf('99')).toEqual([]);
  });

  it('finds a province and a commune by code', () => {
    expect(directory.province('01')).toEqual({ code: '01', name: 'Thành phố Hà Nội' });
    expect(directory.commune('26743')).toEqual({ code: '26743', name: 'Phường Bến Thành', provinceCode: '79' });
    expect(directory.province('99')).toBeUndefined();
    expect(directory.commune('99999')).toBeUndefined();
  });
});

describe('parseAddress', () => {
  it('reads the new form and keeps the house and street as detail', () => {
    expect(directory.parseAddress('12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh')).toEqual({
      ok: true,
      value: {
        provinceCode: '79',
        communeCode: '26743',
        detail: '12 Lê Lợi',
        label: '12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh',
      },
    });
  });

  it('reads unaccented text without commas', () => {
    expect(directory.parseAddress('so 5 ngo 10 phuong ba dinh ha noi')).toEqual({
      ok: true,
      value: {
        provinceCode: '01',
        communeCode: '00004',
        detail: 'so 5 ngo 10',
        label: 'so 5 ngo 10, Phường Ba Đình, Thành phố Hà Nội',
      },
    });
  });

  it('reads decomposed (NFD) text', () => {
    const result = directory.parseAddress('12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh'.normalize('NFD'));
    expect(result.ok && result.value.communeCode).toBe('26743');
    expect(result.ok && result.value.detail).toBe('12 Lê Lợi'.normalize('NFC'));
  });

  it.each([
    ['TP.HCM', '79'],
    ['tphcm', '79'],
    ['Sài Gòn', '79'],
    ['Thành phố Hồ Chí Minh, Việt Nam', '79'],
  ])('understands the province written as %s', (province, code) => {
    const result = directory.parseAddress(`15 Trần Phú, P. Gò Vấp, ${province}`);
    expect(result).toEqual({
      ok: true,
      value: { provinceCode: code, communeCode: '26884', detail: '15 Trần Phú', label: '15 Trần Phú, Phường Gò Vấp, Thành phố Hồ Chí Minh' },
    });
  });

  it('understands HN for Hà Nội', () => {
    const result = directory.parseAddress('phường Ba Đình, HN');
    expect(result.ok && result.value.label).toBe('Phường Ba Đình, Thành phố Hà Nội');
  });

  it('maps the old form "phường 12, quận Gò Vấp" to the new commune and shows its new name', () => {
    const result = directory.parseAddress('phường 12, quận Gò Vấp, TP.HCM');
    // Old Phường 12 of Gò Vấp became Phường An Hội Tây, not the new "Phường Gò Vấp".
    expect(result).toEqual({
      ok: true,
      value: { provinceCode: '79', communeCode: '26882', detail: '', label: 'Phường An Hội Tây, Thành phố Hồ Chí Minh' },
    });
  });

  it('maps the old form with short markers and a street', () => {
    const result = directory.parseAddress('25 Nguyễn Văn Bảo, P.4, Q. Gò Vấp, Sài Gòn');
    expect(result.ok && result.value.label).toBe('25 Nguyễn Văn Bảo, Phường Hạnh Thông, Thành phố Hồ Chí Minh');
  });

  it('maps an old province name to the province it merged into', () => {
    const result = directory.parseAddress('Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương');
    expect(result.ok && result.value.provinceCode).toBe('79');
    expect(result.ok && result.value.label).toBe('Phường Thủ Dầu Một, Thành phố Hồ Chí Minh');
  });

  it('maps an unaccented old address', () => {
    const result = directory.parseAddress('phuong cau den, quan hai ba trung, ha noi');
    expect(result.ok && result.value.label).toBe('Phường Bạch Mai, Thành phố Hà Nội');
  });

  it('drops an old district written next to a new commune name', () => {
    const result = directory.parseAddress('Phường Hạnh Thông, Quận Gò Vấp, TP HCM');
    expect(result.ok && result.value).toEqual({
      provinceCode: '79',
      communeCode: '26890',
      detail: '',
      label: 'Phường Hạnh Thông, Thành phố Hồ Chí Minh',
    });
  });

  it('asks for the new name when an old commune was split', () => {
    const message = errorVi(directory.parseAddress('Phường 13, Quận Gò Vấp, TP HCM'));
    expect(message).toContain('Phường An Hội Tây');
    expect(message).toContain('Phường An Hội Đông');
    expect(message).toContain('Hãy ghi tên phường/xã mới');
  });

  it('settles a split old commune when the new name is written too', () => {
    const result = directory.parseAddress('Phường 13, Quận Gò Vấp, Phường An Hội Đông, TP HCM');
    expect(result.ok && result.value.communeCode).toBe('26878');
  });

  it('asks for the old district when an old commune name is ambiguous', () => {
    const message = errorVi(directory.parseAddress('Phường 12, TP HCM'));
    expect(message).toContain('Hãy ghi thêm quận/huyện cũ');
    expect(message).toContain('ví dụ: Phường 12, Quận');
  });

  it('names the missing commune and shows the expected form with an example', () => {
    const message = errorVi(directory.parseAddress('12 Lê Lợi, TP Hà Nội'));
    expect(message).toContain('thiếu tên phường/xã');
    expect(message).toContain('số nhà, đường, phường/xã, tỉnh/thành phố');
    expect(message).toContain('ví dụ: 12 Lê Lợi, Phường Ba Đình, Thành phố Hà Nội');
  });

  it('says which province a commune is in when it is given with the wrong one', () => {
    const message = errorVi(directory.parseAddress('Phường Bến Thành, Hà Nội'));
    expect(message).toContain('Phường Bến Thành thuộc Thành phố Hồ Chí Minh, không thuộc Thành phố Hà Nội');
  });

  it('says when the province is unknown or missing', () => {
    expect(errorVi(directory.parseAddress('12 Lê Lợi, Phường Bến Thành, Tỉnh Xyz'))).toContain('Chưa tìm thấy tên tỉnh/thành phố');
    expect(errorVi(directory.parseAddress('12 Lê Lợi, Phường Bến Thành'))).toContain('Chưa tìm thấy tên tỉnh/thành phố');
  });

  it('asks for an address when nothing was typed', () => {
    expect(errorVi(directory.parseAddress('  , '))).toContain('Bạn chưa nhập địa chỉ');
  });

  it('does not treat a house number as a numbered ward', () => {
    const message = errorVi(directory.parseAddress('12 Lê Lợi, Quận Gò Vấp, TP HCM'));
    expect(message).toContain('thiếu tên phường/xã');
  });
});

describe('validateAddressValue', () => {
  it('builds the label for a commune chosen in the Mini App', () => {
    expect(directory.validateAddressValue({ provinceCode: '79', communeCode: '26743', detail: ' 12  Lê Lợi ' })).toEqual({
      ok: true,
      value: {
        provinceCode: '79',
        communeCode: '26743',
        detail: '12 Lê Lợi',
        label: '12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh',
      },
    });
  });

  it('writes "Tỉnh" before a province name that the data gives without it', () => {
    const commune = directory.communesOf('04')[0];
    if (!commune) throw new Error('Cao Bằng has communes');
    const result = directory.validateAddressValue({ provinceCode: '04', communeCode: commune.code });
    expect(result.ok && result.value.label).toBe(`${commune.name}, Tỉnh Cao Bằng`);
  });

  it('refuses a commune that is not in the chosen province', () => {
    const message = errorVi(directory.validateAddressValue({ provinceCode: '01', communeCode: '26743' }));
    expect(message).toContain('Phường Bến Thành không thuộc Thành phố Hà Nội');
    expect(message).toContain('Hãy chọn lại phường/xã');
  });

  it('refuses unknown codes', () => {
    expect(errorVi(directory.validateAddressValue({ provinceCode: '99', communeCode: '26743' }))).toContain('Hãy chọn lại tỉnh/thành phố');
    expect(errorVi(directory.validateAddressValue({ provinceCode: '79', communeCode: '00000' }))).toContain('Hãy chọn lại phường/xã');
  });
});
