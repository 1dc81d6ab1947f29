import type { PersonEntity } from '@skillproof/api-data-access';
import { matchPersonRecipient } from './credential-import.service';
import type { ParsedCredential } from '@skillproof/domain-verification';

/**
 * The people of one organisation, for recipient matching (PRODUCT.md §3): loaded once per bulk import job,
 * or once per single import whose credential names a recipient. Only `id` and `email` are read.
 */
export class PeopleDirectory {
  private readonly byEmail = new Map<string, Pick<PersonEntity, 'id' | 'email'>>();

  constructor(private readonly people: Pick<PersonEntity, 'id' | 'email'>[]) {
    for (const p of people) this.byEmail.set(p.email.trim().toLowerCase(), p);
  }

  /** The person with this email (case-insensitive), if any. */
  findByEmail(email: string): Pick<PersonEntity, 'id' | 'email'> | undefined {
    return this.byEmail.get(email.trim().toLowerCase());
  }

  /**
   * The one person the credential's recipient names (PRODUCT.md §3: attached automatically when the
   * recipient identity matches exactly one known person); undefined when none or several match.
   * Plain email identifiers are looked up directly; hashed ones are compared against every person.
   */
  match(parsed: ParsedCredential | undefined): Pick<PersonEntity, 'id' | 'email'> | undefined {
    if (!parsed || (!parsed.subject?.id && !parsed.subject?.identifier?.length)) return undefined;
    const direct = new Set<Pick<PersonEntity, 'id' | 'email'>>();
    for (const id of parsed.subject.identifier ?? []) {
      if (!id.hashed) {
        const p = this.findByEmail(id.identityHash);
        if (p) direct.add(p);
      }
    }
    const mailto = parsed.subject.id?.toLowerCase().startsWith('mailto:') ? this.findByEmail(parsed.subject.id.slice(7)) : undefined;
    if (mailto) direct.add(mailto);
    const candidates = direct.size ? [...direct] : this.people;
    const found = candidates.filter((p) => matchPersonRecipient(parsed, { email: p.email }) === 'MATCH');
    return found.length === 1 ? found[0] : undefined;
  }
}

/** Whether a parsed credential names a recipient at all (subject id or identity objects). */
export function namesRecipient(parsed: ParsedCredential | undefined): boolean {
  return !!parsed && (!!parsed.subject?.id || !!parsed.subject?.identifier?.length);
}
