import { gql, type TypedDocumentNode } from '@apollo/client';
import type { JobStatus, SkillRef } from '../types';

/** A requirement as sent to the job editor mutations (skill by id, label or alias). */
export interface RequirementInput {
  skillId: string;
  /** On the organisation's scale (PROFICIENCY_SCALE_QUERY), or 0 for presence required. */
  minLevel: number;
  /** > 0 and ≤ 100. */
  weight: number;
  mustHave: boolean;
}

/** A job as returned by the editor mutations. */
export interface EditedJob {
  id: string;
  title: string;
  status: JobStatus;
  description: string | null;
  occupationCode: string | null;
  team: { id: string; name: string } | null;
  requirements: { skill: SkillRef; minLevel: number; weight: number; mustHave: boolean }[];
}

export interface CreateJobVariables {
  input: {
    title: string;
    teamId?: string | null;
    status?: JobStatus | null;
    description?: string | null;
    occupationCode?: string | null;
    requirements?: RequirementInput[] | null;
  };
}

/**
 * Job editor: creates a job with its requirements in one transaction. BAD_USER_INPUT (with
 * `extensions.details.problems`: every bad row, index and field) saves nothing.
 */
export const CREATE_JOB_MUTATION: TypedDocumentNode<{ createJob: { job: EditedJob } }, CreateJobVariables> = gql`
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
`;

export interface UpdateJobVariables {
  input: {
    id: string;
    title?: string | null;
    /** "" removes the team. */
    teamId?: string | null;
    status?: JobStatus | null;
    /** "" clears it. */
    description?: string | null;
    /** "" clears it. */
    occupationCode?: string | null;
    /** When given, replaced in the same transaction. */
    requirements?: RequirementInput[] | null;
  };
}

/** Job editor: updates the given fields and (optionally) replaces the requirements, all or nothing. */
export const UPDATE_JOB_MUTATION: TypedDocumentNode<{ updateJob: { job: EditedJob } }, UpdateJobVariables> = gql`
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
`;

/** Job editor: replaces every requirement of a job atomically. */
export const REPLACE_JOB_REQUIREMENTS_MUTATION: TypedDocumentNode<
  { replaceJobRequirements: { job: EditedJob } },
  { input: { jobId: string; requirements: RequirementInput[] } }
> = gql`
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
`;

/** The organisation's proficiency scale. */
export interface ProficiencyScale {
  min: number;
  max: number;
  labels: string[];
}

/** Job editor: the teams a job can belong to and the organisation's proficiency scale (one request). */
export const JOB_EDITOR_OPTIONS_QUERY: TypedDocumentNode<{ hiringTeams: { id: string; name: string }[]; proficiencyScale: ProficiencyScale }, Record<string, never>> = gql`
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
`;

/** A skill found by the editor's search (name, aliases, category to tell look-alikes apart). */
export interface SkillSearchHit {
  id: string;
  name: string;
  aliases: string[];
  category: string | null;
}

/** Job editor: skills whose name or an alias contains `search` (case- and space-insensitive), best first. */
export const SKILL_SEARCH_QUERY: TypedDocumentNode<{ skills: { totalCount: number; edges: { node: SkillSearchHit }[] } }, { search: string; first?: number }> = gql`
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
`;
