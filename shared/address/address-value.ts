/** A resident's address as stored in answers: official codes plus the text we showed back. */
export interface AddressValue {
  provinceCode: string;
  communeCode: string;
  /** House number, street, hamlet (số nhà, đường, thôn/xóm): free text, may be empty. */
  detail: string;
  /** Display form, e.g. "12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh". */
  label: string;
}

/** The vendored snapshot's shape (see bot-server/cli/vendor-address-data.ts). */
export interface AddressSnapshot {
  source: string;
  /** [code, name, placeType] */
  provinces: [string, string, string][];
  /** [code, name, provinceCode] */
  communes: [string, string, string][];
  /** [oldCommuneName, oldDistrictName, oldProvinceName, newCommuneCode] */
  oldToNew: [string, string, string, string][];
}
