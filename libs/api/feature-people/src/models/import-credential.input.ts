import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CredentialModel } from './credential.model';

@InputType({ description: 'A credential to import.' })
export class ImportCredentialInput {
  @Field(() => ID, { nullable: true, description: 'Person to attach the credential to.' }) personId?: string | null;
  @Field({ description: 'The credential as received: JSON-LD text, a compact JWS/JWT, or the https URL of a hosted OB 2.0 assertion. At most 1,000,000 bytes.' }) document!: string;
}

@ObjectType('ImportCredentialPayload')
export class ImportCredentialPayload {
  @Field(() => CredentialModel, { description: 'The stored credential with its verification report (stored whatever the outcome).' }) credential!: CredentialModel;
  @Field({ description: 'False when the same document had been imported before (idempotent).' }) created!: boolean;
}
