import { Field, Float, ObjectType } from '@nestjs/graphql';
import { CredentialDefinitionModel, SkillModel } from '@skillproof/api-feature-catalog';
import { PersonModel } from '@skillproof/api-feature-people';

@ObjectType('PlannedAssignment', { description: 'One recommended (employee, credential definition) assignment of an upskilling plan.' })
export class PlannedAssignmentModel {
  @Field(() => PersonModel, { description: 'The employee who would earn the credential.' }) person!: PersonModel;
  @Field(() => CredentialDefinitionModel, { description: 'The credential definition to earn.' }) definition!: CredentialDefinitionModel;
  @Field(() => [SkillModel], { description: 'Target skills this assignment closes (the employee would reach their minLevel where the team still lacks holders).' }) closes!: SkillModel[];
  @Field(() => Float, { description: "Estimated hours (the definition's estimatedHours) taken from the employee's capacity." }) hours!: number;
  @Field(() => Float, { nullable: true, description: 'Cost in USD; null when unknown.' }) cost!: number | null;
}

@ObjectType('UpskillingPlanHours', { description: 'Hours an employee has committed once the plan is accepted (open assignments + planned).' })
export class UpskillingPlanHoursModel {
  @Field(() => PersonModel) person!: PersonModel;
  @Field(() => Float) hours!: number;
}

@ObjectType('UpskillingPlan', {
  description:
    'A recommended set of assignments that closes the most gap per hour (greedy weighted cover, PRODUCT.md §5), within each employee\'s capacity (hours per quarter), never for a skill an employee already holds at the level, never repeating an open assignment or a credential already held.',
})
export class UpskillingPlanModel {
  @Field(() => Float, { description: 'Capacity used, in hours per employee per quarter.' }) capacityHoursPerPerson!: number;
  @Field(() => Float, { description: 'Σ hours of the planned assignments.' }) totalHours!: number;
  @Field(() => Float, { description: 'Σ known costs of the planned assignments, USD (unknown costs count 0).' }) totalCost!: number;
  @Field(() => Float, { description: 'Team readiness now, 0..1 (Σ min(covered, needed) / Σ needed).' }) readinessBefore!: number;
  @Field(() => Float, { description: 'Readiness 0..1 the team would reach once its open assignments and this plan are completed (same formula).' }) readinessAfter!: number;
  @Field(() => [PlannedAssignmentModel], { description: 'Recommended assignments, most gap closed per hour first.' }) assignments!: PlannedAssignmentModel[];
  @Field(() => [SkillModel], { description: 'Target skills left short that no credential definition of the catalogue proves at the needed level.' }) uncoverable!: SkillModel[];
  @Field(() => [UpskillingPlanHoursModel], { description: "Each member's committed hours after the plan (members by display name)." }) hoursByPerson!: UpskillingPlanHoursModel[];
}
