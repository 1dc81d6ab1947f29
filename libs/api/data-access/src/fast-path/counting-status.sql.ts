/**
 * SQL expression giving the verification status the matching and gap functions see for the credential
 * row `alias`: the stored status, except that a credential FAILED only for its validity window
 * (reasons ⊆ {EXPIRED, NOT_YET_VALID}: authentic, not revoked) is passed as VERIFIED, so the window is
 * judged at the question's `asOf` (PRODUCT.md §4.7). The one definition of this rule in SQL; the
 * attained_evidence trigger (migration 1764633600000) applies the same rule.
 */
export function countingStatusSql(alias = 'c'): string {
  return `CASE WHEN ${alias}.verification_status = 'FAILED'
                AND jsonb_typeof(${alias}.verification_report->'reasons') = 'array'
                AND jsonb_array_length(${alias}.verification_report->'reasons') > 0
                AND (${alias}.verification_report->'reasons') <@ '["EXPIRED", "NOT_YET_VALID"]'::jsonb
           THEN 'VERIFIED' ELSE ${alias}.verification_status END`;
}
