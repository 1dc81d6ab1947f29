import { Args, Query, Resolver } from '@nestjs/graphql';
import { TaxonomyService, toSkillModel, type SkillModel } from '@skillproof/api-feature-catalog';
import { ProposalSource, ProposeRequirementsInput, RequirementContext, RequirementProposalModel } from '../models/requirement-proposal.model';
import { RequirementProposalsService } from '../services/requirement-proposals.service';

/** Skill extraction for HR: propose requirements, to be confirmed before a job is saved. */
@Resolver(() => RequirementProposalModel)
export class RequirementProposalsResolver {
  constructor(
    private readonly proposals: RequirementProposalsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Query(() => [RequirementProposalModel], {
    description:
      'Proposes job requirements from a pasted description (ESCO and O*NET labels and aliases found by a multi-pattern matcher: whole words, ' +
      'case- and accent-insensitive, longest match first) and/or from an O*NET-SOC occupation code (the DATA.md mapping). Read-only: HR reviews ' +
      'and confirms. Errors: BAD_USER_INPUT (no input, blank or > 100,000-character text, malformed code), NOT_FOUND (unknown occupation).',
  })
  async proposeRequirements(@Args('input', { type: () => ProposeRequirementsInput }) input: ProposeRequirementsInput): Promise<RequirementProposalModel[]> {
    const [proposals, { skills }] = await Promise.all([this.proposals.propose(input.text, input.occupationCode), this.taxonomy.get()]);
    return proposals.map((p) => {
      const s = skills.get(p.skillId);
      const skill: SkillModel = s ? toSkillModel(s) : { id: p.skillId, name: p.skillId, aliases: [], description: null, category: null, sourceId: null, broaderIds: [] };
      return {
        skill, matchedText: p.matchedText, count: p.count, suggestedLevel: p.suggestedLevel, mustHave: p.mustHave, weight: p.weight,
        context: p.context as RequirementContext, source: p.source as ProposalSource,
        mentions: p.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, matchedBy: m.matchedBy, label: m.label })),
      };
    });
  }
}

