import { credentialsToEligibility, isOneCredentialAway, matchPersonToJob, prepareCatalog, suggestDefinitions } from '../index';
import { AS_OF, credential, definition, requirement, taxonomy } from './fixtures';

// PRODUCT.md §4.6: closing the gap — definitions proving the skill at the needed level, fewest hours first.
describe('suggestDefinitions — closing the gap', () => {
  const definitions = [
    definition('sql-bootcamp', [['sql', 4]], 40, 500),
    definition('pg-admin', [['postgresql', 3]], 12, 200),
    definition('sql-intro', [['sql', 2]], 4, 0),
    definition('pg-pro', [['Postgres', 4], ['python', 2]], 12, 150),
    definition('data-101', [['data', 5]], 2, 0),
    definition('unknown-hours', [['sql', 5]], null, 10),
    definition('free-same-hours', [['sql', 3]], 12, null),
  ];

  it('SQL 3: direct or narrower alignments at ≥ 3, by hours, then cost (unknown last), then id', () => {
    const suggestions = suggestDefinitions(requirement('sql', 3), definitions, taxonomy);
    expect(suggestions.map((s) => s.definition.id)).toEqual(['pg-pro', 'pg-admin', 'free-same-hours', 'sql-bootcamp', 'unknown-hours']);
    expect(suggestions[0]).toMatchObject({ alignedSkillId: 'postgresql', level: 4, inferredFrom: ['postgresql', 'sql'] });
    expect(suggestions[2]).toMatchObject({ alignedSkillId: 'sql', level: 3, inferredFrom: null });
  });

  it('never suggests a broader skill for a narrower requirement', () => {
    expect(suggestDefinitions(requirement('postgresql', 1), definitions, taxonomy).map((s) => s.definition.id)).toEqual([
      'pg-pro', // 12 h, cost 150
      'pg-admin', // 12 h, cost 200
    ]);
  });

  it('presence (minLevel 0) accepts any alignment to the skill or a narrower one', () => {
    const catalog = prepareCatalog(definitions, taxonomy);
    expect(suggestDefinitions(requirement('python', 0), catalog).map((s) => s.definition.id)).toEqual(['pg-pro']);
  });

  it('a requirement demanding a trusted issuer only gets definitions of trusted issuers', () => {
    const mixed = [definition('trusted', [['sql', 3]], 20, 0, 'acme'), definition('cheap', [['sql', 3]], 1, 0, 'mill')];
    const trustedOnly = requirement('sql', 3, { requireTrustedIssuer: true });
    expect(suggestDefinitions(trustedOnly, prepareCatalog(mixed, taxonomy, { trustedIssuerIds: ['acme'] })).map((s) => s.definition.id)).toEqual(['trusted']);
    expect(suggestDefinitions(trustedOnly, mixed, taxonomy)).toEqual([]);
  });
});

describe('isOneCredentialAway', () => {
  const definitions = [
    definition('python-cert', [['python', 3]], 30),
    definition('data-combo', [['python', 3], ['sql', 3]], 60),
    definition('sql-only', [['sql', 4]], 10),
  ];
  const catalog = prepareCatalog(definitions, taxonomy);
  const job = [requirement('sql', 3, { mustHave: true }), requirement('python', 3, { mustHave: true }), requirement('kubernetes', 2)];
  const match = (credentials: ReturnType<typeof credential>[]) =>
    matchPersonToJob({ personId: 'p1', requirements: job, credentials, taxonomy, asOf: AS_OF });

  it.each([
    { name: 'SQL met, Python missing → python-cert or data-combo', creds: [credential('p1', [['sql', 3]])], away: true, ids: ['python-cert', 'data-combo'] },
    { name: 'both missing → only data-combo closes both', creds: [], away: true, ids: ['data-combo'] },
    { name: 'already eligible → not "one away"', creds: [credential('p1', [['sql', 3], ['python', 3]])], away: false, ids: [] },
  ])('$name', ({ creds, away, ids }) => {
    const m = match(creds);
    expect(isOneCredentialAway(m, catalog)).toBe(away);
    expect(isOneCredentialAway(m, definitions, taxonomy)).toBe(away);
    expect(credentialsToEligibility(m, catalog).map((d) => d.id)).toEqual(ids);
  });

  it('two separate credentials needed → false', () => {
    const split = prepareCatalog([definition('python-cert', [['python', 3]], 30), definition('sql-only', [['sql', 4]], 10)], taxonomy);
    expect(isOneCredentialAway(match([]), split)).toBe(false);
  });

  it('nice-to-have gaps do not matter', () => {
    const m = match([credential('p1', [['sql', 3]])]);
    expect(m.requirements[2].status).toBe('MISSING');
    expect(isOneCredentialAway(m, catalog)).toBe(true);
  });
});
