import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@skillproof/api-core';
import { toDefinitionModel, toIssuerModel } from '@skillproof/api-feature-catalog';
import { toPersonModel } from '@skillproof/api-feature-people';
import { DemoCredentialModel, IssueDemoCredentialInput } from '../models/demo-issuer.model';
import { DemoIssuerService } from '../services/demo-issuer.service';

/**
 * Demo only (issue 5): the demo organisation's own issuers sign a real credential for a person, so the
 * L&D flow can be finished end to end (accept a plan → import the matching verified credential → the
 * assignment completes by itself).
 */
@Resolver()
export class DemoIssuerResolver {
  constructor(private readonly demo: DemoIssuerService) {}

  @Query(() => Boolean, {
    description: "True when this organisation is the demo one and runs its own demo issuers: `issueDemoCredential` works (the dashboard then offers a demo credential on open assignments).",
  })
  demoIssuing(@Context() ctx: RequestContext): Promise<boolean> {
    return this.demo.enabled(ctx.organizationId);
  }

  @Mutation(() => DemoCredentialModel, {
    description:
      "DEMO ONLY. Signs a real Open Badges 3.0 credential (eddsa-rdfc-2022, the definition's demo issuer key, did:key) certifying the definition for the person " +
      '(recipient: salted sha256 hash of their email; valid from now for the definition\'s validity). It is returned, NOT imported: paste it on the Import page ' +
      '(or `importCredential`) and, once VERIFIED, it completes the person\'s open assignment of that definition. Errors: FORBIDDEN (not the demo organisation), ' +
      'BAD_USER_INPUT (neither or both of personId / personEmail; a definition not issued by a demo issuer), NOT_FOUND (person, definition).',
  })
  async issueDemoCredential(@Context() ctx: RequestContext, @Args('input') input: IssueDemoCredentialInput): Promise<DemoCredentialModel> {
    const c = await this.demo.issue(ctx.organizationId, input);
    return {
      document: c.document, filename: c.filename, person: toPersonModel(c.person), definition: toDefinitionModel(c.definition),
      issuer: toIssuerModel(c.issuer), validFrom: c.validFrom, validUntil: c.validUntil,
    };
  }
}
