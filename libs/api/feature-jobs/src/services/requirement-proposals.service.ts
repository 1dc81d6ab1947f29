import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, DomainError, type AppConfig } from '@skillproof/api-core';
import { TaxonomyService } from '@skillproof/api-feature-catalog';
import type { Skill } from '@skillproof/domain-model';
import {
  createSkillMatcher,
  proposeFromOccupation,
  proposeRequirementsFromText,
  SkillExtractionError,
  SkillExtractionErrorCode,
  type OccupationProfile,
  type RequirementProposal,
  type SkillMatcher,
} from '@skillproof/domain-skill-extraction';

/**
 * Proposes job requirements from a pasted description or an O*NET occupation code (issue 4, skill
 * extraction). The Aho–Corasick matcher is built once per loaded taxonomy (≈ 6,000 labels and aliases;
 * rebuilt when `TaxonomyService.reload()` yields a new skill map); occupation profiles are read once
 * from `<REFERENCE_DATA_DIR>/jobs.json`. Nothing is written: HR confirms before saving.
 */
@Injectable()
export class RequirementProposalsService {
  private matcher?: { skills: Map<string, Skill>; matcher: SkillMatcher };
  private profiles?: Promise<OccupationProfile[]>;

  constructor(
    private readonly taxonomy: TaxonomyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Occupation proposals first (when a code is given), then text proposals for skills not already
   * proposed. Errors: BAD_USER_INPUT (neither input, blank or too long text, malformed code),
   * NOT_FOUND (a well-formed code without a profile).
   */
  async propose(text: string | null | undefined, occupationCode: string | null | undefined): Promise<RequirementProposal[]> {
    const hasText = typeof text === 'string' && text.trim() !== '';
    const hasCode = typeof occupationCode === 'string' && occupationCode.trim() !== '';
    if (!hasText && !hasCode) {
      throw new DomainError('BAD_USER_INPUT', 'Give a job description (text) or an O*NET-SOC occupation code', { field: 'input' });
    }
    try {
      const fromCode = hasCode ? proposeFromOccupation(occupationCode as string, await this.occupationProfiles()) : [];
      const fromText = hasText ? proposeRequirementsFromText(await this.skillMatcher(), text as string) : [];
      const seen = new Set(fromCode.map((p) => p.skillId));
      return [...fromCode, ...fromText.filter((p) => !seen.has(p.skillId))];
    } catch (e) {
      if (e instanceof SkillExtractionError) {
        const code = e.code === SkillExtractionErrorCode.OCCUPATION_NOT_FOUND ? 'NOT_FOUND' : 'BAD_USER_INPUT';
        throw new DomainError(code, e.message, { reason: e.code, field: e.code === SkillExtractionErrorCode.INVALID_TEXT ? 'text' : 'occupationCode' });
      }
      throw e;
    }
  }

  /** The cached matcher for the current taxonomy. */
  async skillMatcher(): Promise<SkillMatcher> {
    const { skills } = await this.taxonomy.get();
    if (this.matcher?.skills !== skills) this.matcher = { skills, matcher: createSkillMatcher(skills.values()) };
    return this.matcher.matcher;
  }

  private occupationProfiles(): Promise<OccupationProfile[]> {
    this.profiles ??= readFile(join(this.config.referenceDataDir, 'jobs.json'), 'utf8')
      .then((s) => JSON.parse(s) as OccupationProfile[])
      .catch((e: unknown) => {
        this.profiles = undefined;
        throw e;
      });
    return this.profiles;
  }
}
