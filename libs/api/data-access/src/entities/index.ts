import { CredentialAlignmentEntity, CredentialEntity } from './credential.entity';
import { CredentialDefinitionAlignmentEntity, CredentialDefinitionEntity } from './credential-definition.entity';
import { IssuerEntity, IssuerKeyEntity } from './issuer.entity';
import { JobEntity, JobRequirementEntity } from './job.entity';
import { OrganizationEntity } from './organization.entity';
import { PersonEntity } from './person.entity';
import { SkillBroaderEntity, SkillEntity } from './skill.entity';
import { StatusListEntity } from './status-list.entity';
import { ImportItemEntity, ImportJobEntity } from './import-job.entity';
import { TeamEntity, TeamTargetSkillEntity } from './team.entity';
import { LearningAssignmentEntity } from './learning-assignment.entity';
import { AppUserEntity } from './app-user.entity';
import { AuditEventEntity } from './audit-event.entity';

export * from './credential.entity';
export * from './credential-definition.entity';
export * from './issuer.entity';
export * from './job.entity';
export * from './organization.entity';
export * from './person.entity';
export * from './skill.entity';
export * from './status-list.entity';
export * from './team.entity';
export * from './import-job.entity';
export * from './learning-assignment.entity';
export * from './app-user.entity';
export * from './audit-event.entity';

/** Every entity, for the DataSource. */
export const ENTITIES = [
  OrganizationEntity, SkillEntity, SkillBroaderEntity, IssuerEntity, IssuerKeyEntity,
  CredentialDefinitionEntity, CredentialDefinitionAlignmentEntity, PersonEntity, TeamEntity,
  TeamTargetSkillEntity, JobEntity, JobRequirementEntity, CredentialEntity, CredentialAlignmentEntity,
  StatusListEntity,
  ImportJobEntity, ImportItemEntity,
  LearningAssignmentEntity,
  AppUserEntity, AuditEventEntity,
];
