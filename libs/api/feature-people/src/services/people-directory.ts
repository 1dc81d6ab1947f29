import type { PersonEntity } from '@skillproof/api-data-access';
import { matchPersonRecipient } from '@skillproof/api-feature-people';
import type { ParsedCredential } from '@skillproof/domain-verification';

/**
 * The people of one organisation, for recipient matching during a bulk import (loaded once per job).
 */
export class PeopleDirectory {
  private readonly byEmail = new Map<string, PersonEntity>();

  constructor(private readonly people: PersonEntity[]) {
    for (const p of people) this.byEmail.set(p.email.trim().toLowerCase(), p);
  }

  /** The person with this email (case-insensitive), if any. */
  findByEmail(email: string): PersonEntity | undefined {
    return this.byEmail.get(email.trim().toLowerCase());
  }

  /**
   * The one person the credential's recipient names (PRODUCT.md §3: attached automatically when the
   * recipient identity matches exactly one known person); undefined when none or several match.
   * Plain email identifiers are looked up directly; hashed ones are compared against every person.
   */
  match(parsed: ParsedCredential | undefined): PersonEntity | undefined {
    if (!parsed || (!parsed.subject?.id && !parsed.subject?.identifier?.length)) return undefined;
    const direct = new Set<PersonEntity>();
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
