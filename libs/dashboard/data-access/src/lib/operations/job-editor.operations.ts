import { graphql } from '../gql';
import type {
  DashboardCreateJobMutation,
  DashboardCreateJobMutationVariables,
  DashboardJobEditorOptionsQuery,
  DashboardReplaceJobRequirementsMutation,
  DashboardReplaceJobRequirementsMutationVariables,
  DashboardSkillSearchQuery,
  DashboardSkillSearchQueryVariables,
  DashboardUpdateJobMutation,
  DashboardUpdateJobMutationVariables,
} from '../gql/graphql';

/**
 * A requirement as sent to the job editor mutations (API input RequirementInput): skill by id, label
 * or alias; minLevel on the organisation's scale (0 = presence required); weight from 0.01 to 100.
 */
export type { RequirementInput } from '../gql/graphql';
/** Results and variables of the job editor operations (generated from apps/api/schema.gql). */
export type CreateJobData = DashboardCreateJobMutation;
export type CreateJobVariables = DashboardCreateJobMutationVariables;
export type UpdateJobData = DashboardUpdateJobMutation;
export type UpdateJobVariables = DashboardUpdateJobMutationVariables;
export type ReplaceJobRequirementsData = DashboardReplaceJobRequirementsMutation;
export type ReplaceJobRequirementsVariables = DashboardReplaceJobRequirementsMutationVariables;
export type JobEditorOptionsData = DashboardJobEditorOptionsQuery;
export type SkillSearchData = DashboardSkillSearchQuery;
export type SkillSearchVariables = DashboardSkillSearchQueryVariables;
/** A job as returned by the editor mutations. */
export type EditedJob = CreateJobData['createJob']['job'];
/** The organisation's proficiency scale. */
export type ProficiencyScale = JobEditorOptionsData['proficiencyScale'];
/** A skill found by the editor's search (name, aliases, category to tell look-alikes apart). */
export type SkillSearchHit = SkillSearchData['skills']['edges'][number]['node'];

/**
 * Job editor: creates a job with its requirements in one transaction. BAD_USER_INPUT (with
 * `extensions.details.problems`: every bad row, index and field) saves nothing.
 */
export const CREATE_JOB_MUTATION = graphql(`
  mutation DashboardCreateJob($input: CreateJobInput!) {
    createJob(input: $input) {
      job {
        id
        title
        status
        description
        occupationCode
        team {
          id
          name
        }
        requirements {
          skill {
            id
            name
          }
          minLevel
          weight
          mustHave
        }
      }
    }
  }
`);

/** Job editor: updates the given fields and (optionally) replaces the requirements, all or nothing. */
export const UPDATE_JOB_MUTATION = graphql(`
  mutation DashboardUpdateJob($input: UpdateJobInput!) {
    updateJob(input: $input) {
      job {
        id
        title
        status
        description
        occupationCode
        team {
          id
          name
        }
        requirements {
          skill {
            id
            name
          }
          minLevel
          weight
          mustHave
        }
      }
    }
  }
`);

/** Job editor: replaces every requirement of a job atomically. */
export const REPLACE_JOB_REQUIREMENTS_MUTATION = graphql(`
  mutation DashboardReplaceJobRequirements($input: ReplaceJobRequirementsInput!) {
    replaceJobRequirements(input: $input) {
      job {
        id
        title
        status
        description
        occupationCode
        team {
          id
          name
        }
        requirements {
          skill {
            id
            name
          }
          minLevel
          weight
          mustHave
        }
      }
    }
  }
`);

/** Job editor: the teams a job can belong to and the organisation's proficiency scale (one request). */
export const JOB_EDITOR_OPTIONS_QUERY = graphql(`
  query DashboardJobEditorOptions {
    hiringTeams {
      id
      name
    }
    proficiencyScale {
      min
      max
      labels
    }
  }
`);

/** Comparison radar: the organisation's proficiency scale (its maximum is the radar's outer ring). */
export const PROFICIENCY_SCALE_QUERY = graphql(`
  query DashboardProficiencyScale {
    proficiencyScale {
      min
      max
    }
  }
`);

/** Job editor: skills whose name or an alias contains `search` (case- and space-insensitive), best first. */
export const SKILL_SEARCH_QUERY = graphql(`
  query DashboardSkillSearch($search: String!, $first: Int) {
    skills(search: $search, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          aliases
          category
        }
      }
    }
  }
`);
