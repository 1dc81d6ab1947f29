/**
 * In-memory limit on failed sign-ins per (email, client IP): after `maxFailures` failures within
 * `windowMs`, further attempts are refused until the window passes. A success clears the key. One
 * process only (a shared store is for a multi-instance deployment, later).
 */
export class LoginRateLimiter {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(private readonly maxFailures = 10, private readonly windowMs = 15 * 60_000) {}

  private key(email: string, ip: string): string {
    return `${email.trim().toLowerCase()}\u0000${ip}`;
  }

  /** Milliseconds until `email` from `ip` may try again; 0 when allowed now. */
  retryAfterMs(email: string, ip: string, now = Date.now()): number {
    const f = this.failures.get(this.key(email, ip));
    if (!f) return 0;
    if (now - f.since >= this.windowMs) {
      this.failures.delete(this.key(email, ip));
      return 0;
    }
    return f.count >= this.maxFailures ? this.windowMs - (now - f.since) : 0;
  }

  /** Counts one failed attempt. */
  fail(email: string, ip: string, now = Date.now()): void {
    const k = this.key(email, ip);
    const f = this.failures.get(k);
    if (!f || now - f.since >= this.windowMs) this.failures.set(k, { count: 1, since: now });
    else f.count += 1;
    if (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value as string);
  }

  /** Forgets the failures of `email` from `ip` (after a successful sign-in). */
  succeed(email: string, ip: string): void {
    this.failures.delete(this.key(email, ip));
  }
}
