import { LoginRateLimiter } from '../services/login-rate-limiter';

describe('LoginRateLimiter', () => {
  it('blocks after maxFailures within the window, per email (case-insensitive) and IP, until the window passes', () => {
    const l = new LoginRateLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(l.retryAfterMs('a@x.org', '1.1.1.1', 1000 + i)).toBe(0);
      l.fail('A@x.org', '1.1.1.1', 1000 + i);
    }
    expect(l.retryAfterMs('a@x.org', '1.1.1.1', 2000)).toBeGreaterThan(0);
    expect(l.retryAfterMs('a@x.org', '2.2.2.2', 2000)).toBe(0);
    expect(l.retryAfterMs('b@x.org', '1.1.1.1', 2000)).toBe(0);
    expect(l.retryAfterMs('a@x.org', '1.1.1.1', 61_000)).toBe(0);
  });

  it('a success clears the failures', () => {
    const l = new LoginRateLimiter(2, 60_000);
    l.fail('a@x.org', 'ip', 0);
    l.succeed('a@x.org', 'ip');
    l.fail('a@x.org', 'ip', 1);
    expect(l.retryAfterMs('a@x.org', 'ip', 2)).toBe(0);
  });
});
