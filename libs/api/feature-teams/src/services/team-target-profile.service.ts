import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEventEntity, OrganizationEntity, TeamEntity, TeamTargetSkillEntity } from '@skillproof/api-data-access';
import { canSeeTeam, DomainError, notFound, type RequestUser } from '@skillproof/api-core';
import { TaxonomyService } from '@skillproof/api-feature-catalog';
import type { Taxonomy } from '@skillproof/domain-taxonomy';
import type { TargetSkill } from '@skillproof/domain-model';

/** At most this many target skills per team. */
export const MAX_TARGET_SKILLS = 200;
/** At most this many people needed per target skill. */
export const MAX_NEEDED = 1000;

/** One rejected entry of a target profile: its index in the input, the field and why. */
export interface TargetProfileProblem {
  index: number;
  field: 'skillId' | 'minLevel' | 'needed' | 'skills';
  message: string;
}

/** A raw target profile entry as received. */
export interface TargetSkillDraft {
  skillId: string;
  minLevel: number;
  needed: number;
}

/**
 * Validates a whole target profile against the taxonomy and the organisation's level scale, resolving
 * aliases and labels to canonical skill ids. Pure: every problem is reported (never the first only),
 * and the profile is returned only when there is none.
 *
 * Rules: at most {@link MAX_TARGET_SKILLS} entries; the skill must resolve in the taxonomy; one entry per
 * (canonical) skill; minLevel an integer 0..`maxLevel` (0 = presence required); needed an integer
 * 1..{@link MAX_NEEDED}.
 */
export function validateTargetProfile(
  drafts: readonly TargetSkillDraft[], taxonomy: Pick<Taxonomy, 'has' | 'resolve'>, maxLevel: number,
): { target: TargetSkill[]; problems: TargetProfileProblem[] } {
  const problems: TargetProfileProblem[] = [];
  if (drafts.length > MAX_TARGET_SKILLS) {
    problems.push({ index: -1, field: 'skills', message: `A target profile has at most ${MAX_TARGET_SKILLS} skills (got ${drafts.length})` });
    return { target: [], problems };
  }
  const seen = new Map<string, number>();
  const target: TargetSkill[] = [];
  drafts.forEach((d, index) => {
    const ref = typeof d.skillId === 'string' ? d.skillId.trim() : '';
    const skillId = ref === '' ? undefined : taxonomy.has(ref) ? ref : taxonomy.resolve(ref);
    if (!skillId) problems.push({ index, field: 'skillId', message: ref === '' ? 'skillId is required' : `Unknown skill "${ref}"` });
    else if (seen.has(skillId)) problems.push({ index, field: 'skillId', message: `Skill "${ref}" is already entry #${(seen.get(skillId) ?? 0) + 1} of the profile` });
    else seen.set(skillId, index);
    if (!Number.isSafeInteger(d.minLevel) || d.minLevel < 0 || d.minLevel > maxLevel) {
      problems.push({ index, field: 'minLevel', message: `minLevel must be an integer 0..${maxLevel} (got ${d.minLevel})` });
    }
    if (!Number.isSafeInteger(d.needed) || d.needed < 1 || d.needed > MAX_NEEDED) {
      problems.push({ index, field: 'needed', message: `needed must be an integer 1..${MAX_NEEDED} (got ${d.needed})` });
    }
    if (skillId) target.push({ skillId, minLevel: d.minLevel, needed: d.needed });
  });
  return { target: problems.length ? [] : target, problems };
}

/** Editing a team's target profile (managers of the team, admins). */
@Injectable()
export class TeamTargetProfileService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /**
   * Replaces the team's whole target profile in ONE transaction (the team row is locked, so concurrent
   * edits apply one after the other), and records an audit event `team.target_profile.set` with the
   * profile before and after, attributed to `user`.
   *
   * @throws DomainError NOT_FOUND (team not in the organisation), FORBIDDEN (a MANAGER-only user who
   *   does not manage it), BAD_USER_INPUT (any invalid entry; `details.problems` lists every one with its
   *   index and field; nothing is saved)
   */
  async replace(organizationId: string, user: RequestUser | undefined, teamId: string, drafts: readonly TargetSkillDraft[]): Promise<{ team: TeamEntity; target: TargetSkill[] }> {
    const { taxonomy } = await this.taxonomy.get();
    return this.db.transaction(async (tx) => {
      const [org] = await tx.getRepository(OrganizationEntity).find({ where: { id: organizationId }, take: 1 });
      const maxLevel = org?.proficiencyScale?.max ?? 5;
      const { target, problems } = validateTargetProfile(drafts, taxonomy, maxLevel);
      const team = await tx.getRepository(TeamEntity).createQueryBuilder('t')
        .where('t.id = :teamId AND t.organization_id = :organizationId', { teamId, organizationId })
        .setLock('pessimistic_write').getOne();
      if (!team) throw notFound('Team', teamId);
      if (!canSeeTeam(user, team.managerId)) throw new DomainError('FORBIDDEN', 'Managers may change only the target profiles of their own teams');
      if (problems.length) {
        const first = problems[0];
        const where = first.index >= 0 ? `skills[${first.index}].${first.field}` : first.field;
        throw new DomainError('BAD_USER_INPUT', `Target profile not saved: ${where}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, { field: 'skills', problems });
      }
      const repo = tx.getRepository(TeamTargetSkillEntity);
      const before = await repo.find({ where: { organizationId, teamId }, order: { needed: 'DESC', skillId: 'ASC' } });
      await repo.delete({ organizationId, teamId });
      if (target.length) await repo.insert(target.map((t) => ({ teamId, organizationId, skillId: t.skillId, minLevel: t.minLevel, needed: t.needed })));
      await tx.getRepository(AuditEventEntity).insert({
        organizationId, actorUserId: user?.id ?? null, action: 'team.target_profile.set', subjectType: 'team', subjectId: teamId, at: new Date(),
        details: {
          before: before.map((b) => ({ skillId: b.skillId, minLevel: b.minLevel, needed: b.needed })),
          after: target,
        },
      });
      return { team, target };
    });
  }
}
