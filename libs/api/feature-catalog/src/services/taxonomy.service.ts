import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Skill } from '@skillproof/domain-model';
import { createTaxonomy, type Taxonomy } from '@skillproof/domain-taxonomy';

/**
 * The shared skill taxonomy, loaded once from the database and kept in memory (reference data,
 * thousands of rows). `reload()` after the taxonomy changes.
 */
@Injectable()
export class TaxonomyService {
  private loading?: Promise<{ taxonomy: Taxonomy; skills: Map<string, Skill> }>;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The taxonomy and the skills by id. */
  get(): Promise<{ taxonomy: Taxonomy; skills: Map<string, Skill> }> {
    this.loading ??= this.load().catch((e: unknown) => {
      this.loading = undefined;
      throw e;
    });
    return this.loading;
  }

  reload(): void {
    this.loading = undefined;
  }

  private async load() {
    const rows: { id: string; name: string; aliases: string[]; description: string | null; category: string | null; source_id: string | null; broader: string[] | null }[] =
      await this.db.query(`
        SELECT s.id, s.name, s.aliases, s.description, s.category, s.source_id,
               array_agg(b.broader_id ORDER BY b.broader_id) FILTER (WHERE b.broader_id IS NOT NULL) AS broader
        FROM skill s LEFT JOIN skill_broader b ON b.skill_id = s.id
        GROUP BY s.id ORDER BY s.id`);
    const skills: Skill[] = rows.map((r) => ({
      id: r.id, name: r.name, aliases: r.aliases ?? [], description: r.description, category: r.category,
      sourceId: r.source_id, broaderIds: r.broader ?? [],
    }));
    return { taxonomy: createTaxonomy(skills), skills: new Map(skills.map((s) => [s.id, s])) };
  }
}
