import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@skillproof/api-core';
import { SetTeamTargetProfileInput } from '../models/target-profile.input';
import { TeamModel } from '../models/team.model';
import { TeamTargetProfileService } from '../services/team-target-profile.service';

/** Editing a team's target profile (issue 5: the manager's target profile editor). */
@Resolver(() => TeamModel)
export class TeamTargetProfileResolver {
  constructor(private readonly profiles: TeamTargetProfileService) {}

  @Mutation(() => TeamModel, {
    description:
      "Replaces a team's whole target profile (PRODUCT.md §2: for each needed skill, the minimum level and how many people must hold it), atomically: " +
      'every entry is validated first and nothing is saved unless all are valid. Skills may be given by id, preferred label or alias. ' +
      'Returns the team (ask for targetProfile, skillGaps, readiness… in the same request to get the new coverage). ' +
      "ADMIN: any team; MANAGER: the teams they manage. Audited as `team.target_profile.set` with the profile before and after. " +
      'Errors: NOT_FOUND (team), FORBIDDEN (not your team), BAD_USER_INPUT (unknown skill, a skill twice, minLevel outside 0..scale maximum, needed outside 1..1000, more than 200 entries; `extensions.details.problems` lists every bad entry with its index and field).',
  })
  async setTeamTargetProfile(@Context() ctx: RequestContext, @Args('input') input: SetTeamTargetProfileInput): Promise<TeamModel> {
    const { team } = await this.profiles.replace(ctx.organizationId, ctx.user, input.teamId, input.skills);
    return { id: team.id, name: team.name, managerId: team.managerId };
  }
}
