package org.areso.core.ethics;

import io.vavr.collection.IndexedSeq;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiFunction;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Tie;
import org.areso.core.kernel.Actor;

/** The checks behind a charter's principles: pure functions of a charter and a conduct. */
final class Checks {

  private static final PartyRole[] ROLES = PartyRole.values();

  private Checks() { }

  /** Every violation of every principle the charter lists, in the charter's order. */
  static Seq<Violation> run(Charter charter, Conduct c) {
    List<Violation> found = List.empty();
    found = found.appendAll(freedom(charter, c))
        .appendAll(adhesion(charter, c))
        .appendAll(responsibility(charter, c))
        .appendAll(neutrality(charter, c.contributions()))
        .appendAll(ties(charter, c))
        .appendAll(oneSidedContact(charter, c))
        .appendAll(confidentiality(charter, c.disclosures()));
    Seq<Principle> order = charter.articles().map(Article::principle);
    return found.sortBy(v -> rank(order, v.principle()));
  }

  /**
   * The blocking violations that {@code after} has and {@code before} has not, in the charter's
   * order: what {@code run(charter, after).blocking()} minus {@code run(charter, before)} gives,
   * computed from what changed only. A check whose inputs are the same objects in both is skipped;
   * the contributions and disclosures appended to those of {@code before} are checked alone, and
   * compared with all of {@code before}'s only when they are found wanting.
   */
  static Seq<Violation> newlyBlocking(Charter charter, Conduct before, Conduct after) {
    List<Violation> found = List.empty();
    if (before.origin() != after.origin() || before.participation() != after.participation()) {
      found = with(found, added(charter, before, freedom(charter, after), Checks::freedom));
    }
    if (before.started() != after.started() || before.consents() != after.consents()
        || before.voidedConsents() != after.voidedConsents()
        || before.requiredParties() != after.requiredParties()) {
      found = with(found, added(charter, before, consentsBlocking(charter, after),
          Checks::consentsBlocking));
    }
    if (before.actionPlan() != after.actionPlan()
        || before.requiredParties() != after.requiredParties()) {
      found = with(found, added(charter, before, responsibility(charter, after),
          Checks::responsibility));
    }
    if (before.contributions() != after.contributions()) {
      found = with(found, appended(charter, before.contributions(), after.contributions(),
          Checks::neutrality));
    }
    if (before.assignment() != after.assignment()) {
      found = with(found, added(charter, before, ties(charter, after), Checks::ties));
    }
    if (before.disclosures() != after.disclosures()) {
      found = with(found, appended(charter, before.disclosures(), after.disclosures(),
          Checks::confidentiality));
    }
    if (found.isEmpty()) {
      return found;
    }
    Seq<Principle> order = charter.articles().map(Article::principle);
    return found.sortBy(v -> rank(order, v.principle()));
  }

  /** A principle's place in the charter's order; the baseline confidentiality comes last. */
  private static int rank(Seq<Principle> order, Principle principle) {
    int index = order.indexOf(principle);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  /** Found so far, and more: the same list when there is no more. */
  private static List<Violation> with(List<Violation> found, Seq<Violation> more) {
    return more.isEmpty() ? found : found.appendAll(more);
  }

  /**
   * The blocking violations a check finds in {@code after} and not in {@code before}; the check
   * runs on {@code before} only when {@code after} has some, since most commands add none.
   */
  private static Seq<Violation> added(Charter charter, Conduct before, Seq<Violation> after,
      BiFunction<Charter, Conduct, Seq<Violation>> check) {
    return after.isEmpty() ? after : added(check.apply(charter, before), after);
  }

  private static Seq<Violation> added(Seq<Violation> before, Seq<Violation> after) {
    if (after.isEmpty()) {
      return after;
    }
    Seq<Violation> blocking = after.filter(v -> v.severity() == Severity.BLOCKING);
    return blocking.isEmpty() ? blocking : blocking.filter(v -> !before.contains(v));
  }

  /**
   * New violations of a list that only grows, found by a check of its items: the new items
   * checked alone, then compared with the old ones' violations if wanting. Whether the list only
   * grew is asked item by item, the same objects compared first, with no copy of either list.
   */
  private static <T> Seq<Violation> appended(Charter charter, Seq<T> before, Seq<T> after,
      BiFunction<Charter, Seq<T>, Seq<Violation>> check) {
    if (!startsWith(after, before)) {
      return added(check.apply(charter, before), check.apply(charter, after));
    }
    Seq<Violation> fresh = check.apply(charter, after.drop(before.size()));
    return fresh.isEmpty() ? fresh : added(check.apply(charter, before), fresh);
  }

  /** Whether a sequence starts with another's items, in order. */
  private static <T> boolean startsWith(Seq<T> seq, Seq<T> prefix) {
    int n = prefix.size();
    if (seq.size() < n) {
      return false;
    }
    if (seq instanceof IndexedSeq<T> s && prefix instanceof IndexedSeq<T> p) {
      for (int i = 0; i < n; i++) {
        T a = s.get(i);
        T b = p.get(i);
        if (a != b && !Objects.equals(a, b)) {
          return false;
        }
      }
      return true;
    }
    return seq.take(n).equals(prefix);
  }


  private static Seq<Violation> freedom(Charter charter, Conduct c) {
    Article article = charter.articleOrNull(Principle.FREEDOM);
    if (article == null) {
      return List.empty();
    }
    List<EthicsReason> reasons = List.empty();
    if (c.origin().isDefined() && c.origin().get().requestedBy().isEmpty()) {
      reasons = reasons.append(new EthicsReason.NotRequestedByParties(
          c.origin().get().referredBy()));
    }
    if (obliges(c.participation())) {
      reasons = reasons.appendAll(c.participation().filterValues(p -> p == Participation.OBLIGED)
          .keySet().toList().sorted().map(EthicsReason.PartyObliged::new));
    }
    return blocking(charter, article, reasons);
  }

  /**
   * Whether a party takes part under obligation. A linked map of one or two parties, as a
   * framing names them, is read by its two ends: walking it walks its queue, a copy a step.
   */
  private static boolean obliges(Map<PartyRole, Participation> participation) {
    if (participation instanceof LinkedHashMap && participation.size() <= 2) {
      return !participation.isEmpty() && (participation.head()._2 == Participation.OBLIGED
          || participation.last()._2 == Participation.OBLIGED);
    }
    return participation.containsValue(Participation.OBLIGED);
  }

  private static Seq<Violation> adhesion(Charter charter, Conduct c) {
    Article article = charter.articleOrNull(Principle.ADHESION);
    if (article == null) {
      return List.empty();
    }
    List<Violation> found = List.ofAll(consentsBlocking(charter, c));
    Seq<Attendance> last = c.sessionsHeld().filter(m -> m.kind() == MeetingKind.SESSION)
        .takeRight(charter.attendanceSessions());
    if (!last.isEmpty()) {
      for (PartyRole party : c.requiredParties()) {
        int attended = last.count(m -> m.present().contains(party));
        if ((long) attended * 100 < (long) charter.attendanceThresholdPercent() * last.size()) {
          found = found.append(warning(charter, article, new EthicsReason.LowAttendance(
              party, attended, last.size(), charter.attendanceThresholdPercent())));
        }
      }
    }
    return found;
  }

  /** Adhesion's blocking part: once started, every required party has consented. */
  private static Seq<Violation> consentsBlocking(Charter charter, Conduct c) {
    if (!c.started()) {
      return List.empty();
    }
    Article article = charter.articleOrNull(Principle.ADHESION);
    if (article == null) {
      return List.empty();
    }
    if (holdsAll(c.consents(), c.requiredParties())) {
      return List.empty();
    }
    List<EthicsReason> reasons = List.empty();
    for (PartyRole p : c.requiredParties()) {
      if (!c.consents().contains(p)) {
        reasons = reasons.append(c.voidedConsents().contains(p)
            ? new EthicsReason.ConsentVoided(p)
            : new EthicsReason.ConsentMissing(p));
      }
    }
    return blocking(charter, article, reasons);
  }

  private static Seq<Violation> responsibility(Charter charter, Conduct c) {
    Article article = charter.articleOrNull(Principle.RESPONSIBILITY);
    if (article == null) {
      return List.empty();
    }
    List<EthicsReason> reasons = List.empty();
    for (ActionPlanItem d : c.actionPlan()) {
      if (!(d.owner() instanceof Actor.Party)) {
        reasons = reasons.append(new EthicsReason.ActionNotOwnedByParty(d.reference(), d.owner()));
      }
      if (!(d.decidedBy() instanceof Actor.Party)) {
        reasons = reasons.append(
            new EthicsReason.ActionNotDecidedByParty(d.reference(), d.decidedBy()));
      }
      if (!holdsAll(d.validatedBy(), c.requiredParties())) {
        Set<PartyRole> missing = c.requiredParties().removeAll(d.validatedBy());
        reasons = reasons.append(new EthicsReason.ActionNotValidated(d.reference(), missing));
      }
    }
    return blocking(charter, article, reasons);
  }

  private static Seq<Violation> neutrality(Charter charter, Seq<Contribution> contributions) {
    Article article = charter.articleOrNull(Principle.NEUTRALITY);
    if (article == null) {
      return List.empty();
    }
    List<EthicsReason> reasons = List.empty();
    for (Contribution k : contributions) {
      if (k.aspect() == Aspect.OPINION_ON_CONTENT) {
        reasons = reasons.append(new EthicsReason.OpinionOnContent(k.by(), k.on()));
      }
    }
    return blocking(charter, article, reasons);
  }

  /**
   * Whether a set of parties holds every party of another. Asked role by role of the few
   * {@link PartyRole}s, since walking a linked set makes an iterator per step.
   */
  static boolean holdsAll(Set<PartyRole> set, Set<PartyRole> parties) {
    if (set == parties) {
      return true;
    }
    if (parties instanceof LinkedHashSet && set instanceof LinkedHashSet) {
      int wanted = parties.size();
      int held = set.size();
      if (wanted <= 2 && held <= 2) {
        // read from the two ends of each set, each read once: a size, an emptiness or an end
        // is a few calls through the set's map, queue and trie
        if (wanted == 0 || held == 0) {
          return wanted == 0;
        }
        PartyRole first = set.head();
        PartyRole last = set.last();
        PartyRole role = parties.head();
        if (role != first && role != last) {
          return false;
        }
        role = parties.last();
        return role == first || role == last;
      }
    }
    int found = 0;
    for (PartyRole role : ROLES) {
      if (parties.contains(role)) {
        if (!set.contains(role)) {
          return false;
        }
        found++;
      }
    }
    // a null among the parties is held only if the set holds it too
    return found == parties.size() || set.containsAll(parties);
  }

  private static Seq<Violation> ties(Charter charter, Conduct c) {
    if (c.assignment().isEmpty()) {
      return List.empty();
    }
    List<Violation> found = List.empty();
    Assignment assignment = c.assignment().get();
    // members and ties are linked lists, walked by their cells without an iterator
    for (Seq<Facilitator> m = assignment.facilitators().members(); !m.isEmpty(); m = m.tail()) {
      Facilitator f = m.head();
      for (Seq<Tie> ties = f.ties(); !ties.isEmpty(); ties = ties.tail()) {
        Tie tie = ties.head();
        if (!counts(charter, tie, assignment.on())) {
          continue;
        }
        Option<Article> article = tie.isWithStructure()
            ? either(charter, Principle.INDEPENDENCE, Principle.IMPARTIALITY)
            : either(charter, Principle.IMPARTIALITY, Principle.INDEPENDENCE);
        for (Article a : article) {
          found = found.append(new Violation(a.principle(), Severity.BLOCKING,
              new EthicsReason.FacilitatorTied(f.id(), tie.kind(), tie.party()), a,
              charter.source()));
        }
      }
    }
    return found;
  }

  /** Paid work counts when it ended within the look-back, or its period is unknown or open. */
  private static boolean counts(Charter charter, Tie tie, LocalDate assignedOn) {
    if (tie.kind() != Tie.Kind.PAID_WORK) {
      return true;
    }
    LocalDate since = since(assignedOn, charter);
    return tie.period().map(w -> !w.end().isBefore(since)).getOrElse(true);
  }

  /** The start of the look-back, saturated at the first day {@link LocalDate} can hold. */
  private static LocalDate since(LocalDate assignedOn, Charter charter) {
    try {
      return assignedOn.minus(charter.paidWorkLookback());
    } catch (java.time.DateTimeException beforeTheRange) {
      return LocalDate.MIN;
    }
  }

  private static Seq<Violation> oneSidedContact(Charter charter, Conduct c) {
    Option<Article> article = either(charter, Principle.IMPARTIALITY, Principle.INDEPENDENCE);
    if (article.isEmpty()) {
      return List.empty();
    }
    return c.sessionsHeld()
        .filter(m -> m.kind() == MeetingKind.SESSION && m.present().size() == 1)
        .groupBy(m -> m.present().head()).filter(e -> e._2.size()
            > charter.oneSidedSessionsTolerated())
        .toList().sortBy(e -> e._1)
        .map(e -> warning(charter, article.get(), new EthicsReason.OneSidedContact(
            e._1, e._2.size(), charter.oneSidedSessionsTolerated())));
  }

  /** Checked under every charter: its own article, or the baseline one (see Charter). */
  private static Seq<Violation> confidentiality(Charter charter, Seq<Disclosure> disclosures) {
    List<EthicsReason> reasons = List.empty();
    for (Disclosure d : disclosures) {
      if (d.recipient().isSupervisingAuthority()
          && charter.anonymityTowardsSupervisingAuthorities()) {
        reasons = reasons.append(
            new EthicsReason.AnonymityTowardsSupervisingAuthority(d.item().label()));
      } else if (!d.item().sensitivity().cleared().contains(d.recipient())) {
        reasons = reasons.append(new EthicsReason.DisclosureNotCleared(
            d.item().label(), d.item().sensitivity(), d.recipient()));
      }
    }
    if (reasons.isEmpty()) {
      return List.empty();
    }
    Article article = charter.confidentiality();
    return reasons.map(r -> new Violation(article.principle(), Severity.BLOCKING, r, article,
        charter.confidentialitySource()));
  }

  private static Option<Article> either(Charter charter, Principle first, Principle second) {
    return charter.article(first).orElse(() -> charter.article(second));
  }

  private static Seq<Violation> blocking(Charter charter, Article article,
      Seq<? extends EthicsReason> reasons) {
    if (reasons.isEmpty()) {
      return List.empty();
    }
    return reasons.map(r -> new Violation(article.principle(), Severity.BLOCKING, r, article,
        charter.source()));
  }

  private static Violation warning(Charter charter, Article article, EthicsReason reason) {
    return new Violation(article.principle(), Severity.WARNING, reason, article, charter.source());
  }
}
