import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATION_POLICY, decide, policyOf } from '../services/access-policy';

/** Top-level fields of `type Query` / `type Mutation` in the committed schema. */
function operations(): string[] {
  const sdl = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'apps', 'api', 'schema.gql'), 'utf8');
  const out: string[] = [];
  for (const type of ['Query', 'Mutation']) {
    const m = new RegExp(`^type ${type} \\{([\\s\\S]*?)^\\}`, 'm').exec(sdl);
    const body = (m?.[1] ?? '').replace(/"""[\s\S]*?"""/g, '').replace(/"[^"\n]*"/g, '');
    for (const line of body.split('\n')) {
      const f = /^ {2}([A-Za-z_]\w*)\s*[(:]/.exec(line);
      if (f) out.push(`${type}.${f[1]}`);
    }
  }
  return out;
}

describe('OPERATION_POLICY', () => {
  it('has an entry for every operation of schema.gql (except the public login), and no stale ones', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(15);
    expect(ops.filter((o) => o !== 'Mutation.login' && !OPERATION_POLICY[o])).toEqual([]);
    expect(Object.keys(OPERATION_POLICY).filter((o) => !ops.includes(o))).toEqual([]);
  });

  it('unknown operations are ADMIN-only', () => {
    expect(policyOf('Query.somethingNew').roles).toEqual(['ADMIN']);
  });

  it.each([
    [['ADMIN'], ['HR'], 'allow'],
    [['HR'], ['ADMIN', 'HR'], 'allow'],
    [['HR'], ['ADMIN', 'LND'], 'deny'],
    [['MANAGER'], ['ADMIN', 'MANAGER'], 'managerScoped'],
    [['MANAGER', 'LND'], ['ADMIN', 'MANAGER', 'LND'], 'allow'],
    [['MANAGER', 'HR'], ['ADMIN', 'MANAGER', 'LND'], 'managerScoped'],
    [['LND'], ['ADMIN'], 'deny'],
  ] as const)('decide(%j, %j) = %s', (roles, allowed, expected) => {
    expect(decide(roles, allowed)).toBe(expected);
  });

  it('HR has no team pages; managers and L&D do; only ADMIN reads the audit log', () => {
    expect(decide(['HR'], policyOf('Query.team').roles)).toBe('deny');
    expect(decide(['MANAGER'], policyOf('Query.team').roles)).toBe('managerScoped');
    expect(decide(['LND'], policyOf('Query.team').roles)).toBe('allow');
    for (const r of ['HR', 'MANAGER', 'LND'] as const) expect(decide([r], policyOf('Query.auditEvents').roles)).toBe('deny');
  });
});
