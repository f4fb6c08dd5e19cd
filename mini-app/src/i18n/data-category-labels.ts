/** Plain names for the data categories a consent lists (ids from the procedure files). */
import type { Language } from '../../../shared/i18n/language';

const LABELS: Record<string, { vi: string; en: string }> = {
  child_name: { vi: 'Họ tên của trẻ', en: "The child's name" },
  child_sex: { vi: 'Giới tính của trẻ', en: "The child's sex" },
  registrant_name: { vi: 'Họ tên người đi đăng ký', en: "The registrant's name" },
  requester_name: { vi: 'Họ tên người yêu cầu', en: "The requester's name" },
  applicant_name: { vi: 'Họ tên người yêu cầu', en: "The applicant's name" },
  full_name: { vi: 'Họ tên', en: 'Full name' },
  record_holder_name: { vi: 'Họ tên người có tên trong giấy tờ', en: 'Name on the record' },
  deceased_name: { vi: 'Họ tên người đã mất', en: "The deceased's name" },
  deceased_citizen_id: { vi: 'Số định danh của người đã mất', en: "The deceased's ID number" },
  citizen_id: { vi: 'Số định danh cá nhân (CCCD)', en: 'Personal ID number' },
  birth_date: { vi: 'Ngày sinh', en: 'Date of birth' },
  phone: { vi: 'Số điện thoại', en: 'Phone number' },
  address: { vi: 'Địa chỉ nơi cư trú', en: 'Address' },
  registration_place: { vi: 'Nơi đăng ký', en: 'Place of registration' },
  intended_spouse: { vi: 'Thông tin người dự định kết hôn', en: 'The intended spouse' },
  business_name: { vi: 'Tên hộ kinh doanh', en: 'Business name' },
  business_line: { vi: 'Ngành nghề kinh doanh', en: 'Line of business' },
  capital: { vi: 'Vốn kinh doanh', en: 'Capital' },
  household_head_name: { vi: 'Họ tên chủ hộ', en: 'Name of the head of household' },
  partner_names: { vi: 'Họ tên hai bên kết hôn', en: 'Names of both partners' },
  stay_end_date: { vi: 'Ngày hết hạn tạm trú', en: 'End date of the stay' },
};

export function dataCategoryLabel(category: string, lang: Language): string {
  const label = LABELS[category];
  if (label) return label[lang];
  return category.replace(/_/g, ' ');
}
