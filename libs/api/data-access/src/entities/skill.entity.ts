import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Shared reference data: the skill taxonomy (ESCO + O*NET subset). Not organisation-owned. */
@Entity('skill')
export class SkillEntity {
  /** Stable framework-prefixed id: `esco:<uuid>`, `onet:2.B.3.e`, `onet-tech:<commodity>/<slug>`. */
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text', { array: true, default: () => "'{}'" }) aliases!: string[];
  /** Normalised name + aliases (lower-case, single spaces) for search and alias resolution. */
  @Index() @Column('text', { name: 'search_text', default: '' }) searchText!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('text', { nullable: true }) category!: string | null;
  /** ESCO concept URI or O*NET element id. */
  @Column('text', { name: 'source_id', nullable: true }) sourceId!: string | null;
}

/** Broader relation of the taxonomy DAG: `skillId` is narrower than `broaderId`. */
@Entity('skill_broader')
export class SkillBroaderEntity {
  @PrimaryColumn('text', { name: 'skill_id' }) skillId!: string;
  @PrimaryColumn('text', { name: 'broader_id' }) broaderId!: string;
}
