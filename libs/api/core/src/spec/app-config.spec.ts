import { ConfigError, loadConfig } from '../config/app-config';

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded database and the local data folder', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir).toBe('/srv/app/.data');
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.seedDemo).toBe(true);
  });

  it('reads and normalises every variable', () => {
    const c = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@h:5432/db', PUBLIC_URL: 'https://skills.example.org/', SEED_DEMO: 'false', DATA_DIR: '/var/lib/sp' }, '/srv');
    expect(c).toMatchObject({ port: 8080, databaseUrl: 'postgres://u@h:5432/db', publicUrl: 'https://skills.example.org', seedDemo: false, dataDir: '/var/lib/sp' });
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', SEED_DEMO: 'yes' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', SEED_DEMO: 'yes' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/DATABASE_URL/);
      expect((e as Error).message).toMatch(/SEED_DEMO/);
    }
  });

  it('JWT_SECRET: required in production with DATABASE_URL, optional otherwise (≥ 32 characters); token TTL defaults to 15 minutes', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h:5432/db' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(ConfigError);
    const embedded = loadConfig({ NODE_ENV: 'production' });
    expect(embedded.jwtSecret).toBeUndefined();
    expect(embedded.accessTokenTtlMinutes).toBe(15);
    const c = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h:5432/db', JWT_SECRET: 'x'.repeat(32), ACCESS_TOKEN_TTL_MINUTES: '5' });
    expect([c.jwtSecret, c.accessTokenTtlMinutes]).toEqual(['x'.repeat(32), 5]);
  });
});
