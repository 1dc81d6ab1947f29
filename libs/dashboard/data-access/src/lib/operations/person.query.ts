import { graphql } from '../gql';
import type { DashboardPersonQuery, DashboardPersonQueryVariables } from '../gql/graphql';

/** Result and variables of PERSON_QUERY (generated from apps/api/schema.gql). */
export type PersonQueryData = DashboardPersonQuery;
export type PersonQueryVariables = DashboardPersonQueryVariables;
type Person = NonNullable<PersonQueryData['person']>;
/** A credential of the person with its stored verification report. */
export type PersonCredential = Person['credentials'][number];
/** A skill level (organisation scale) held by the person. */
export type PersonSkillLevel = Person['skills'][number];

/** Person page: identity, credentials with their verification reports, verified and claimed skills. */
export const PERSON_QUERY = graphql(`
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
`);
