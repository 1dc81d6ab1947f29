import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, mergeMap, type Observable } from 'rxjs';
import type { RequestContext } from '@skillproof/api-core';
import { AuditService } from '../services/audit.service';

interface ImportResult { credential?: { id?: string; verification?: { status?: string } } }

/**
 * Every successful GraphQL mutation of a signed-in user leaves an audit event with the actor
 * (APP_INTERCEPTOR, so the existing resolvers stay as they are): `importCredential` →
 * `credential.import` (subject the credential, details its verification status); any other mutation →
 * `mutation.<name>` with the argument names. `login` records its own events (AuthService).
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly log = new Logger('Audit');

  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const ctx = gql.getContext<RequestContext>();
    if (info.parentType.name !== 'Mutation' || !ctx.user || info.fieldName === 'login') return next.handle();
    const user = ctx.user;
    const args = gql.getArgs<Record<string, unknown>>();
    return next.handle().pipe(mergeMap((result: unknown) => from((async () => {
      const event = info.fieldName === 'importCredential'
        ? { action: 'credential.import', subjectType: 'credential', subjectId: (result as ImportResult)?.credential?.id ?? null,
            details: { status: (result as ImportResult)?.credential?.verification?.status ?? null } }
        : { action: `mutation.${info.fieldName}`, subjectType: null, subjectId: null, details: { arguments: Object.keys(args) } };
      try {
        await this.audit.record({ organizationId: ctx.organizationId, actorUserId: user.id, ...event });
      } catch (e) {
        this.log.error(`audit event ${event.action} not recorded: ${e instanceof Error ? e.message : String(e)}`);
      }
      return result;
    })())));
  }
}
