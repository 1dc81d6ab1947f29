import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, requestLoader, type RequestContext, type RequestUser } from '@skillproof/api-core';
import { decide, policyOf, TYPE_FIELD_POLICY, type ManagerScope } from './access-policy';

const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Applies OPERATION_POLICY to one top-level operation: role check, then for a MANAGER-only user the
 * team scope (team.manager_id = user.person_id), read from the database in one small query.
 */
@Injectable()
export class AccessPolicyService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * @param operation `Query.<field>` or `Mutation.<field>`
   * @param rolesOverride roles from a `@Roles()` decorator on the resolver method (wins over the table)
   * @throws DomainError FORBIDDEN when the user may not run it (or not on that team / job / person)
   */
  async authorize(organizationId: string, user: RequestUser, operation: string, args: Record<string, unknown>, rolesOverride?: readonly string[]): Promise<void> {
    const policy = policyOf(operation);
    const allowed = (rolesOverride ?? policy.roles) as typeof policy.roles;
    const decision = decide(user.roles, allowed);
    if (decision === 'deny') throw forbidden(`Your role (${user.roles.join(', ')}) may not use ${operation.split('.')[1]}`);
    if (decision === 'managerScoped' && policy.manager) await this.checkManagerScope(organizationId, user, policy.manager, args);
  }

  /**
   * Applies TYPE_FIELD_POLICY to one field of a nested object (`Team.readiness` on a team reached
   * through a job, a person, a match…): public fields pass; any other field needs what the type's
   * top-level operation needs for that object (roles, then the MANAGER scope on `parent`). The teams a
   * MANAGER manages are read once per request.
   * @param parent the resolved object (TeamModel: `id`; PersonModel: `id`, `teamId`)
   * @throws DomainError FORBIDDEN when not allowed; UNAUTHENTICATED without a user
   */
  async authorizeField(ctx: RequestContext, typeName: string, fieldName: string, parent: unknown): Promise<void> {
    const typePolicy = TYPE_FIELD_POLICY[typeName];
    if (!typePolicy || typePolicy.publicFields.includes(fieldName)) return;
    const user = ctx.user;
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    const policy = policyOf(typePolicy.sameAs);
    const decision = decide(user.roles, policy.roles);
    if (decision === 'allow') return;
    const denied = () => forbidden(`${typeName}.${fieldName} is not available to you for this ${typeName.toLowerCase()}: ` +
      (decision === 'deny' ? `your role (${user.roles.join(', ')}) may not use ${typePolicy.sameAs.split('.')[1]}` : 'managers see only their own teams and their members'));
    if (decision === 'deny') throw denied();
    const obj = (parent ?? {}) as { id?: unknown; teamId?: unknown };
    const id = typeof obj.id === 'string' ? obj.id : null;
    if (!id || !user.personId) throw denied();
    const managed = await this.managedTeamIds(ctx, user.personId);
    let ok = false;
    if (policy.manager === 'teamArg') ok = managed.has(id);
    else if (policy.manager === 'personArg') {
      const teamId = obj.teamId === undefined ? await this.teamOfPerson(ctx, id) : obj.teamId;
      ok = id === user.personId || (typeof teamId === 'string' && managed.has(teamId));
    }
    if (!ok) throw denied();
  }

  /** Ids of the teams `personId` manages in the request's organisation (one query per request). */
  private managedTeamIds(ctx: RequestContext, personId: string): Promise<Set<string>> {
    return requestLoader(ctx, 'auth:managedTeamIds', async () => new Set(((await this.db.query(
      'SELECT id FROM team WHERE organization_id = $1 AND manager_id = $2', [ctx.organizationId, personId])) as { id: string }[]).map((r) => r.id)));
  }

  /** Team of a person whose model carries no `teamId` (cached per request). */
  private teamOfPerson(ctx: RequestContext, personId: string): Promise<string | null> {
    if (!UUID.test(personId)) return Promise.resolve(null);
    return requestLoader(ctx, `auth:teamOfPerson:${personId}`, async () => ((await this.db.query(
      'SELECT team_id FROM person WHERE id = $1 AND organization_id = $2', [personId, ctx.organizationId])) as { team_id: string | null }[])[0]?.team_id ?? null);
  }

  private async checkManagerScope(organizationId: string, user: RequestUser, scope: ManagerScope, args: Record<string, unknown>): Promise<void> {
    if (scope === 'filteredList') return; // the resolver filters (canSeeTeam)
    const personId = user.personId;
    const id = (v: unknown) => (typeof v === 'string' && UUID.test(v) ? v : null);
    const one = async (sql: string, params: unknown[]) => personId !== null && ((await this.db.query(sql, params)) as unknown[]).length > 0;
    let ok = false;
    switch (scope) {
      case 'teamArg':
      case 'teamIdArgRequired':
      case 'inputTeamIdRequired': {
        const input = args['input'];
        const raw = scope === 'teamArg' ? args['id'] : scope === 'teamIdArgRequired' ? args['teamId']
          : typeof input === 'object' && input !== null ? (input as Record<string, unknown>)['teamId'] : undefined;
        const teamId = id(raw);
        if (!teamId && scope !== 'teamArg') throw forbidden('A manager must ask for one of their own teams (teamId)');
        ok = !!teamId && (await one('SELECT 1 FROM team WHERE id = $1 AND organization_id = $2 AND manager_id = $3', [teamId, organizationId, personId]));
        break;
      }
      case 'jobArg':
        ok = !!id(args['id']) && (await one('SELECT 1 FROM job j JOIN team t ON t.id = j.team_id WHERE j.id = $1 AND j.organization_id = $2 AND t.manager_id = $3', [id(args['id']), organizationId, personId]));
        break;
      case 'personArg':
        ok = !!id(args['id']) && (id(args['id']) === personId || (await one(
          'SELECT 1 FROM person p JOIN team t ON t.id = p.team_id WHERE p.id = $1 AND p.organization_id = $2 AND t.manager_id = $3', [id(args['id']), organizationId, personId])));
        break;
    }
    if (!ok) throw forbidden('Managers see only their own teams, their members and the jobs of those teams');
  }
}
