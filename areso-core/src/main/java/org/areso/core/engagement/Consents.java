package org.areso.core.engagement;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import org.areso.core.kernel.PartyRole;

/**
 * The consents an engagement records, one party added at a time: the first two, in the order
 * given, are sets made once for every engagement (a programme asks two or three parties at most),
 * where adding to a linked set builds a new map, trie and queue each time. Any other addition is
 * the set's own. Immutable and thread-safe.
 */
final class Consents {

  private static final PartyRole[] ROLES = PartyRole.values();
  /** One party: {@code ONE[a]} is {@code {a}}. */
  private static final Set<PartyRole>[] ONE = one();
  /** Two parties in order: {@code TWO[a][b]} is {@code {a, b}}, null where {@code a == b}. */
  private static final Set<PartyRole>[][] TWO = two();

  private Consents() { }

  /** The consents with one more party, after the others; the same set if it is already there. */
  static Set<PartyRole> added(Set<PartyRole> consents, PartyRole party) {
    if (consents instanceof LinkedHashSet && party != null) {
      if (consents.isEmpty()) {
        return ONE[party.ordinal()];
      }
      if (consents.size() == 1) {
        PartyRole first = consents.head();
        return first == party ? consents : TWO[first.ordinal()][party.ordinal()];
      }
    }
    return consents.add(party);
  }

  @SuppressWarnings("unchecked")
  private static Set<PartyRole>[] one() {
    Set<PartyRole>[] one = new Set[ROLES.length];
    for (PartyRole a : ROLES) {
      one[a.ordinal()] = LinkedHashSet.of(a);
    }
    return one;
  }

  @SuppressWarnings("unchecked")
  private static Set<PartyRole>[][] two() {
    Set<PartyRole>[][] two = new Set[ROLES.length][ROLES.length];
    for (PartyRole a : ROLES) {
      for (PartyRole b : ROLES) {
        two[a.ordinal()][b.ordinal()] = a == b ? null : LinkedHashSet.of(a, b);
      }
    }
    return two;
  }
}
