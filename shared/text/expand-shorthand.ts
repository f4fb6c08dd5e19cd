/**
 * Chat shorthand residents type ("dk ks cho con", "ko dc", "gplx"), expanded to the folded words
 * they stand for so search and keyword matching see what was meant. Works on folded text only
 * (output of `foldForMatch`), so "đk" has already become "dk".
 */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  // verbs and filler
  ['dk', 'dang ky'], ['dky', 'dang ky'], ['dki', 'dang ky'], ['dangky', 'dang ky'], ['dangki', 'dang ky'],
  ['ko', 'khong'], ['k', 'khong'], ['kg', 'khong'], ['khg', 'khong'], ['hok', 'khong'],
  ['dc', 'duoc'], ['bn', 'bao nhieu'], ['bnhiu', 'bao nhieu'], ['nhiu', 'nhieu'],
  ['j', 'gi'], ['ji', 'gi'], ['ntn', 'nhu the nao'], ['z', 'vay'],
  ['r', 'roi'], ['vs', 'voi'], ['mk', 'minh'], ['mik', 'minh'], ['mh', 'minh'],
  ['ng', 'nguoi'], ['trc', 'truoc'], ['cx', 'cung'], ['ck', 'chong'], ['vk', 'vo'], ['bme', 'bo me'],
  ['mn', 'moi nguoi'], ['hs', 'ho so'], ['gt', 'giay to'], ['gp', 'giay phep'], ['gh', 'gia han'],
  ['tthc', 'thu tuc hanh chinh'],
  // documents and procedures
  ['ks', 'khai sinh'], ['gks', 'giay khai sinh'], ['dkks', 'dang ky khai sinh'],
  ['kt', 'khai tu'], ['gkt', 'giay khai tu'], ['dkkt', 'dang ky khai tu'],
  ['gkh', 'giay ket hon'], ['dkkh', 'dang ky ket hon'],
  ['hk', 'ho khau'], ['shk', 'so ho khau'],
  ['hkd', 'ho kinh doanh'], ['kd', 'kinh doanh'], ['gpkd', 'giay phep kinh doanh'], ['dkkd', 'dang ky kinh doanh'],
  ['gplx', 'giay phep lai xe'], ['blx', 'bang lai xe'],
  ['cccd', 'can cuoc cong dan'], ['cmnd', 'chung minh nhan dan'], ['cmt', 'chung minh thu'],
  ['xn', 'xac nhan'], ['gxn', 'giay xac nhan'], ['tthn', 'tinh trang hon nhan'],
  ['xntthn', 'xac nhan tinh trang hon nhan'], ['xnthn', 'xac nhan tinh trang hon nhan'],
  ['bhyt', 'bao hiem y te'], ['bhxh', 'bao hiem xa hoi'], ['yt', 'y te'],
  ['ubnd', 'uy ban nhan dan'], ['tp', 'thanh pho'], ['tphcm', 'thanh pho ho chi minh'], ['hcm', 'ho chi minh'],
  ['sdt', 'so dien thoai'], ['bv', 'benh vien'], ['dvc', 'dich vu cong'],
]);

// "kh" is "kết hôn" after these words ("dk kh", "giay kh")…
const BEFORE_KET_HON = new Set(['dk', 'dky', 'ky', 'ki', 'giay', 'luc', 'sao', 'chung', 'nhan']);
// …and otherwise "không" before these ("kh biet", "kh can").
const AFTER_KHONG = new Set(['biet', 'co', 'can', 'duoc', 'dc', 'phai', 'the', 'sao', 'hieu', 'nho', 'ro', 'lam', 'muon', 'di', 'bt', 'ai', 'nhi', 'vay', 'z']);

/**
 * Expands whole shorthand tokens of folded text: "dk ks cho be" → "dang ky khai sinh cho be".
 * Shorthand with no dominant meaning ("tt": tạm trú or thường trú; "hn": hôn nhân or Hà Nội;
 * "hong": không or sổ hồng) is left alone on purpose.
 */
export function expandShorthand(folded: string): string {
  const tokens = folded.split(' ').filter((token) => token.length > 0);
  return tokens
    .map((token, i) => {
      if (token === 'kh') {
        const meansKhong = !BEFORE_KET_HON.has(tokens[i - 1] ?? '') && AFTER_KHONG.has(tokens[i + 1] ?? '');
        return meansKhong ? 'khong' : 'ket hon';
      }
      return SHORTHAND.get(token) ?? token;
    })
    .join(' ');
}
