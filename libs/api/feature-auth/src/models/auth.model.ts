import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@skillproof/api-core';

/** Roles of PRODUCT.md §6. */
export enum RoleEnum { ADMIN = 'ADMIN', HR = 'HR', MANAGER = 'MANAGER', LND = 'LND' }
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'ADMIN: everything. HR: jobs, matches, people, candidates, credentials, import. MANAGER: the teams they manage, their members and those teams\' jobs. LND: teams (read), learning, catalogue, people (read).',
});

@ObjectType('User', { description: 'A signed-in account of the organisation.' })
export class UserModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Lower-case email (the sign-in name).' }) email!: string;
  @Field() displayName!: string;
  @Field(() => [RoleEnum]) roles!: RoleEnum[];
  @Field(() => ID, { nullable: true, description: "The user's own person record (a manager manages the teams whose manager is this person)." }) personId!: string | null;
}

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field({ description: 'Short-lived JWT (HS256) to send as `Authorization: Bearer <accessToken>`; lifetime ACCESS_TOKEN_TTL_MINUTES (default 15).' }) accessToken!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the access token expires (UTC).' }) expiresAt!: Date;
  @Field(() => UserModel) user!: UserModel;
}

@ObjectType('AuditEvent', { description: 'One audited action (PRODUCT.md §6).' })
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'The signed-in user who acted; null for an anonymous failed sign-in.' }) actorUserId!: string | null;
  @Field({ description: 'Dotted verb: auth.login, auth.login_failed, credential.import, mutation.<name>.' }) action!: string;
  @Field(() => String, { nullable: true }) subjectType!: string | null;
  @Field(() => String, { nullable: true }) subjectId!: string | null;
  @Field({ description: 'Action-specific details as JSON object text.' }) details!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it happened (UTC).' }) at!: Date;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}
