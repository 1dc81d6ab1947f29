/** Codes of every error the skill-extraction library throws. */
export const SkillExtractionErrorCode = {
  /** The text is not a string, is empty after trimming, or is longer than the limit. */
  INVALID_TEXT: 'EXTRACTION_INVALID_TEXT',
  /** The occupation code is not an O*NET-SOC code (`NN-NNNN.NN`). */
  INVALID_OCCUPATION_CODE: 'EXTRACTION_INVALID_OCCUPATION_CODE',
  /** The occupation code is well-formed but no profile is known for it. */
  OCCUPATION_NOT_FOUND: 'EXTRACTION_OCCUPATION_NOT_FOUND',
} as const;

/** Union of the values of {@link SkillExtractionErrorCode}. */
export type SkillExtractionErrorCode = (typeof SkillExtractionErrorCode)[keyof typeof SkillExtractionErrorCode];

/** The one error type of `@skillproof/domain-skill-extraction`: a code and a human message. */
export class SkillExtractionError extends Error {
  /** Machine-readable code. */
  readonly code: SkillExtractionErrorCode;

  constructor(code: SkillExtractionErrorCode, message: string) {
    super(message);
    this.name = 'SkillExtractionError';
    this.code = code;
  }
}
