import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, notFound, type AppConfig } from '@skillproof/api-core';
import { CredentialEntity, PersonEntity } from '@skillproof/api-data-access';
import { ImportVerifierService } from './import-verifier.service';

/** Credentials re-verified per scheduled run at most (oldest check first; the rest wait for the next run). */
export const REVERIFY_BATCH = 500;

/**
 * Re-verification (PRODUCT.md §3 "A scheduled re-verification catches expiry and revocation after
 * import"; case C5): INDETERMINATE credentials (e.g. an unreachable status list) are retried, and
 * VERIFIED ones are re-checked when they carry a status entry (revocation, suspension), are hosted
 * OB 2.0 assertions, or have expired since. The stored report, status and verified_at are updated
 * in one transaction per credential; matching and gap analytics read the stored status, so they
 * follow at once. Runs every REVERIFY_INTERVAL_MINUTES (0 disables) and on demand
 * (`reverifyCredential`).
 */
@Injectable()
export class ReverificationService implements OnApplicationBootstrap {
  private readonly log = new Logger('Reverification');
  private running = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly verifier: ImportVerifierService,
    private readonly scheduler: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.reverifyIntervalMinutes;
    if (minutes <= 0) return;
    const timer = setInterval(() => void this.runScheduled(), minutes * 60_000);
    timer.unref();
    this.scheduler.addInterval('credential-reverification', timer);
  }

  /** One scheduled pass; overlapping runs are skipped, errors logged (never thrown into the timer). */
  async runScheduled(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const n = await this.reverifyDue(new Date());
      if (n) this.log.log(`re-verified ${n} credential(s)`);
    } catch (e) {
      this.log.error(`re-verification failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.running = false;
    }
  }

  /**
   * Re-verifies up to `limit` due credentials of every organisation as of `asOf`.
   * @returns how many were re-verified.
   */
  async reverifyDue(asOf: Date, limit = REVERIFY_BATCH): Promise<number> {
    const due: { id: string; organization_id: string }[] = await this.db.query(
      `SELECT id, organization_id FROM credential
        WHERE verification_status = 'INDETERMINATE'
           OR (verification_status = 'VERIFIED'
               AND (valid_until <= $1 OR format = 'OB2_HOSTED' OR document LIKE '%credentialStatus%' OR document LIKE '%"revocationList"%'))
        ORDER BY verified_at, id LIMIT $2`, [asOf, limit]);
    let done = 0;
    for (const row of due) {
      await this.reverify(row.organization_id, row.id, asOf);
      done += 1;
    }
    return done;
  }

  /**
   * Re-verifies one credential of the organisation as of `asOf` (recipient: the person it is
   * attached to) and stores the new report. CLAIMED (manual) entries are returned unchanged.
   * @throws DomainError NOT_FOUND when the credential is not one of the organisation's.
   */
  async reverify(organizationId: string, id: string, asOf = new Date()): Promise<CredentialEntity> {
    const repo = this.db.getRepository(CredentialEntity);
    const credential = /^[0-9a-f-]{36}$/i.test(id) ? await repo.findOneBy({ id, organizationId }) : null;
    if (!credential) throw notFound('Credential', id);
    if (credential.verificationStatus === 'CLAIMED' || credential.format === 'MANUAL') return credential;
    const person = credential.personId ? await this.db.getRepository(PersonEntity).findOneBy({ id: credential.personId, organizationId }) : null;
    const { report, credential: parsed } = await this.verifier.verify(credential.document, asOf, person ? { email: person.email } : undefined);
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE credential SET verification_status = $3, verification_report = $4, verified_at = $5,
           valid_from = coalesce($6, valid_from), valid_until = coalesce($7, valid_until)
         WHERE id = $1 AND organization_id = $2`,
        [id, organizationId, report.status, JSON.stringify(report), report.checkedAt, parsed?.validFrom ?? null, parsed?.validUntil ?? null]);
    });
    return (await repo.findOneBy({ id, organizationId })) ?? credential;
  }
}
