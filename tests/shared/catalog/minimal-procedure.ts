/** A small valid procedure file that lint tests break one way at a time. */
export const MINIMAL_PROCEDURE = `id: sample
kind: flow
code: "1.000001"
codeStatus: confirmed
version: 1
effectiveFrom: "2026-01-01"
status: published
name: { vi: Thủ tục mẫu, en: Sample }
summary: { vi: Mẫu, en: Sample }
category: other
agency:
  name: { vi: UBND xã }
  level: commune
legalBasis:
  - id: law
    document: Luật mẫu
onlineLevel: { level: full }
processingTime: { kind: workingDays, days: 3 }
result: { vi: Giấy xác nhận }
questions:
  - id: owns_home
    type: yesNo
    prompt: { vi: Bạn có nhà riêng không? }
  - id: born
    type: date
    prompt: { vi: Ngày sinh? }
  - id: home_kind
    type: singleChoice
    prompt: { vi: Nhà loại nào? }
    options:
      - value: own
        label: { vi: Nhà riêng }
      - value: rented
        label: { vi: Nhà thuê }
    visibleWhen: { eq: [{ answer: owns_home }, false] }
eligibility:
  - id: minor
    when: { lt: [{ ageYears: { answer: born } }, 18] }
    outcome: notEligible
    reason: { vi: Chưa đủ 18 tuổi. }
    cite: [{ ref: law }]
documents:
  - id: form
    name: { vi: Tờ khai }
    form: form
fees:
  items:
    - id: base
      label: { vi: Lệ phí }
      amount: 10000
`;
