import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CheckOutcome, DateTime, PersonKind, SkillRef, VerificationStatus } from '../types';

export interface PersonCredential {
  id: string;
  name: string;
  format: string;
  definition: { id: string; name: string; kind: string } | null;
  issuer: { id: string; name: string; trusted: boolean } | null;
  issuedOn: DateTime | null;
  validFrom: DateTime | null;
  validUntil: DateTime | null;
  verification: {
    status: VerificationStatus;
    checkedAt: DateTime;
    reasons: string[];
    checks: { name: string; outcome: CheckOutcome; code: string | null; message: string }[];
  };
}

export interface PersonSkillLevel {
  skill: SkillRef;
  level: number;
  verified: boolean;
}

export interface PersonQueryData {
  person: {
    id: string;
    kind: PersonKind;
    displayName: string;
    email: string | null;
    code: string;
    team: { id: string; name: string } | null;
    credentials: PersonCredential[];
    skills: PersonSkillLevel[];
    claimedSkills: PersonSkillLevel[];
  } | null;
}

export interface PersonQueryVariables {
  id: string;
}

/** Person page: identity, credentials with their verification reports, verified and claimed skills. */
export const PERSON_QUERY: TypedDocumentNode<PersonQueryData, PersonQueryVariables> = gql`
  query DashboardPerson($id: ID!) {
    person(id: $id) {
      id
      kind
      displayName
      email
      code
      team {
        id
        name
      }
      credentials {
        id
        name
        format
        definition {
          id
          name
          kind
        }
        issuer {
          id
          name
          trusted
        }
        issuedOn
        validFrom
        validUntil
        verification {
          status
          checkedAt
          reasons
          checks {
            name
            outcome
            code
            message
          }
        }
      }
      skills {
        skill {
          id
          name
        }
        level
        verified
      }
      claimedSkills {
        skill {
          id
          name
        }
        level
        verified
      }
    }
  }
`;
