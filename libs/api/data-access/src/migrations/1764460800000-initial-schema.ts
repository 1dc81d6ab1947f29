import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Initial schema. Every organisation-owned table carries `organization_id` (multi-tenant from day one);
 * the skill taxonomy (`skill`, `skill_broader`) is shared reference data.
 */
export class InitialSchema1764460800000 implements MigrationInterface {
  name = 'InitialSchema1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        proficiency_scale jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE skill (
        id text PRIMARY KEY,
        name text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        search_text text NOT NULL DEFAULT '',
        description text,
        category text,
        source_id text
      );
      CREATE INDEX skill_search_text_idx ON skill (search_text);
      CREATE TABLE skill_broader (
        skill_id text NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
        broader_id text NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
        PRIMARY KEY (skill_id, broader_id),
        CHECK (skill_id <> broader_id)
      );
      CREATE INDEX skill_broader_broader_idx ON skill_broader (broader_id);
      CREATE TABLE issuer (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        name text NOT NULL,
        url text,
        did text,
        trusted boolean NOT NULL DEFAULT false
      );
      CREATE INDEX issuer_org_did_idx ON issuer (organization_id, did);
      CREATE TABLE issuer_key (
        issuer_id uuid PRIMARY KEY REFERENCES issuer(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        key_pair jsonb NOT NULL
      );
      CREATE TABLE credential_definition (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        slug text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        issuer_id uuid REFERENCES issuer(id) ON DELETE SET NULL,
        provider_name text,
        description text,
        achievement_uri text,
        estimated_hours real CHECK (estimated_hours IS NULL OR estimated_hours >= 0),
        cost real CHECK (cost IS NULL OR cost >= 0),
        validity_months integer CHECK (validity_months IS NULL OR validity_months > 0),
        delivery text,
        source text,
        source_ref text,
        UNIQUE (organization_id, slug)
      );
      CREATE INDEX credential_definition_achievement_idx ON credential_definition (organization_id, achievement_uri);
      CREATE TABLE credential_definition_alignment (
        definition_id uuid NOT NULL REFERENCES credential_definition(id) ON DELETE CASCADE,
        skill_id text NOT NULL REFERENCES skill(id),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        level integer NOT NULL CHECK (level >= 0),
        PRIMARY KEY (definition_id, skill_id)
      );
      CREATE INDEX credential_definition_alignment_skill_idx ON credential_definition_alignment (organization_id, skill_id);
      CREATE TABLE team (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        name text NOT NULL,
        manager_id uuid
      );
      CREATE INDEX team_org_idx ON team (organization_id);
      CREATE TABLE person (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CANDIDATE', 'EMPLOYEE')),
        given_name text NOT NULL,
        family_name text NOT NULL,
        display_name text NOT NULL,
        email text NOT NULL CHECK (email = lower(email)),
        code text NOT NULL,
        team_id uuid REFERENCES team(id) ON DELETE SET NULL,
        home_occupation_code text,
        UNIQUE (organization_id, email),
        UNIQUE (organization_id, code)
      );
      CREATE INDEX person_org_kind_idx ON person (organization_id, kind);
      CREATE INDEX person_team_idx ON person (organization_id, team_id);
      ALTER TABLE team ADD CONSTRAINT team_manager_fk FOREIGN KEY (manager_id) REFERENCES person(id) ON DELETE SET NULL;
      CREATE TABLE team_target_skill (
        team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
        skill_id text NOT NULL REFERENCES skill(id),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        min_level integer NOT NULL CHECK (min_level >= 0),
        needed integer NOT NULL CHECK (needed >= 0),
        PRIMARY KEY (team_id, skill_id)
      );
      CREATE TABLE job (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        team_id uuid REFERENCES team(id) ON DELETE SET NULL,
        title text NOT NULL,
        description text,
        occupation_code text,
        status text NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED'))
      );
      CREATE INDEX job_org_status_idx ON job (organization_id, status);
      CREATE TABLE job_requirement (
        job_id uuid NOT NULL REFERENCES job(id) ON DELETE CASCADE,
        skill_id text NOT NULL REFERENCES skill(id),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        min_level integer NOT NULL CHECK (min_level >= 0),
        weight real NOT NULL CHECK (weight > 0),
        must_have boolean NOT NULL,
        position integer NOT NULL DEFAULT 0,
        PRIMARY KEY (job_id, skill_id)
      );
      CREATE TABLE credential (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        definition_id uuid REFERENCES credential_definition(id) ON DELETE SET NULL,
        issuer_id uuid REFERENCES issuer(id) ON DELETE SET NULL,
        credential_uri text,
        content_hash text NOT NULL,
        format text NOT NULL,
        document text NOT NULL,
        name text NOT NULL,
        issuer_name text,
        issued_on timestamptz,
        valid_from timestamptz,
        valid_until timestamptz,
        verification_status text NOT NULL CHECK (verification_status IN ('VERIFIED', 'FAILED', 'INDETERMINATE', 'CLAIMED')),
        verification_report jsonb NOT NULL,
        verified_at timestamptz NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organization_id, content_hash)
      );
      CREATE INDEX credential_org_person_idx ON credential (organization_id, person_id);
      CREATE INDEX credential_org_uri_idx ON credential (organization_id, credential_uri);
      CREATE TABLE credential_alignment (
        credential_id uuid NOT NULL REFERENCES credential(id) ON DELETE CASCADE,
        skill_id text NOT NULL REFERENCES skill(id),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        level integer NOT NULL CHECK (level >= 0),
        PRIMARY KEY (credential_id, skill_id)
      );
      CREATE INDEX credential_alignment_org_skill_idx ON credential_alignment (organization_id, skill_id);
      CREATE TABLE status_list (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        issuer_id uuid NOT NULL REFERENCES issuer(id) ON DELETE CASCADE,
        status_purpose text NOT NULL,
        set_indexes integer[] NOT NULL DEFAULT '{}',
        credential jsonb NOT NULL
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS status_list, credential_alignment, credential, job_requirement, job,
        team_target_skill, person, team, credential_definition_alignment, credential_definition,
        issuer_key, issuer, skill_broader, skill, organization CASCADE;
    `);
  }
}
