import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '@skillproof/api-core';
import { CredentialDefinitionModel, IssuerModel, definitionsById, issuersById, toDefinitionModel } from '@skillproof/api-feature-catalog';
import { CredentialModel } from '../models/credential.model';
import { ImportCredentialInput, ImportCredentialPayload } from '../models/import-credential.input';
import { PersonModel } from '../models/person.model';
import { toCredentialModel, toPersonModel } from '../models/to-models';
import { CredentialImportService } from '../services/credential-import.service';
import { peopleById } from '../services/people-loaders';

@Resolver(() => CredentialModel)
export class CredentialResolver {
  constructor(private readonly importer: CredentialImportService, @InjectDataSource() private readonly db: DataSource) {}

  @Mutation(() => ImportCredentialPayload, {
    description:
      'Imports one credential (OB 3.0 / VC JSON-LD, VC-JWT, OB 2.0 signed, or the https URL of a hosted OB 2.0 assertion): verifies it (bundled JSON-LD contexts; issuer keys via did:key, did:web or https; validity window; status lists; recipient binding when personId is given) and stores the document verbatim with its report whatever the outcome. A catalogue definition (and the levels it proves) applies only when its own issuer signed the credential. The same document twice returns the existing credential (created: false); with a personId it is attached to that person if it belonged to nobody. Without a personId a new credential is attached to the one person of the organisation its recipient names (e-mail or salted identity hash), if exactly one does. Errors: BAD_USER_INPUT (empty, over 1,000,000 bytes, unreachable URL, RECIPIENT_MISMATCH), NOT_FOUND (personId), CONFLICT (already attached to another person).',
  })
  async importCredential(@Context() ctx: RequestContext, @Args('input') input: ImportCredentialInput): Promise<ImportCredentialPayload> {
    const { credential, created } = await this.importer.import({ organizationId: ctx.organizationId, personId: input.personId, document: input.document });
    return { credential: toCredentialModel(credential), created };
  }

  @ResolveField(() => CredentialDefinitionModel, { nullable: true, description: 'The catalogue definition (achievement) this credential awards, when known.' })
  async definition(@Parent() c: CredentialModel, @Context() ctx: RequestContext): Promise<CredentialDefinitionModel | null> {
    if (!c.definitionId) return null;
    const d = await definitionsById(ctx, this.db).load(c.definitionId);
    return d ? toDefinitionModel(d) : null;
  }

  @ResolveField(() => IssuerModel, { nullable: true })
  async issuer(@Parent() c: CredentialModel, @Context() ctx: RequestContext): Promise<IssuerModel | null> {
    if (c.issuerId) return issuersById(ctx, this.db).load(c.issuerId);
    return c.issuerName ? { id: '', name: c.issuerName, url: null, did: null, trusted: false } : null;
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The person the credential is attached to.' })
  async person(@Parent() c: CredentialModel, @Context() ctx: RequestContext): Promise<PersonModel | null> {
    if (!c.personId) return null;
    const p = await peopleById(ctx, this.db).load(c.personId);
    return p ? toPersonModel(p) : null;
  }
}
