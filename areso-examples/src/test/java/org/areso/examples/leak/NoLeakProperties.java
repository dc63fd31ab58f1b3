package org.areso.examples.leak;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.SupportCase;
import org.areso.core.ethics.Audit;
import org.areso.core.ethics.Audited;
import org.areso.core.ethics.Charter;
import org.areso.core.ethics.Conduct;
import org.areso.core.ethics.Violation;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Stamp;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Unmet;
import org.areso.core.programme.Programme;
import org.areso.rules.programme.Programmes;

/**
 * No sensitive value shows in any text of a value that holds it: for every API type that can hold
 * one (the registry of {@link SecretArbitraries}, checked complete by
 * {@link SensitiveHoldersTest}), a generated value hiding a random secret, its {@code toString},
 * the audits of every catalogue charter (reports in French and English, violations, their
 * messages and seen facts), and the outcomes of handling it (on the current version or a stale
 * one) or replaying it after the histories of engagements in several stages (rejections, including
 * the charter guard's, their messages and unmet reasons, events, new engagements, history errors),
 * and the messages of the exceptions a host gets by reading the wrong side. A support case, its
 * referral and its referral's event hide their topic instead of the secret text: no text of theirs
 * or of their outcomes (handled, started, replayed) names it.
 */
class NoLeakProperties {

  /** Every charter of the catalogue. */
  private static final Seq<Charter> CHARTERS = Programmes.all().map(Programme::charter);

  /** One value of each holder type, all hiding the same secret. */
  record Held(String secret, Seq<Object> values) { }

  @Provide
  Arbitrary<Held> everyHolder() {
    Map<Class<?>, Function<String, Arbitrary<?>>> registry = SecretArbitraries.registry();
    return SecretArbitraries.secrets().flatMap(secret -> Combinators.combine(
            registry.entrySet().stream().map(e -> e.getValue().apply(secret)
                .map(v -> (Object) e.getKey().cast(v))).toList())
        .as(values -> new Held(secret, List.ofAll(values))));
  }

  @Property(tries = 1_000)
  void noSecretShowsInAnyTextOfAnyValueThatHoldsIt(@ForAll("everyHolder") Held held) {
    // given a value of every holder type, hiding the secret
    assertThat(held.values()).hasSize(SecretArbitraries.registry().size());
    // when every text those values and their outcomes can show is gathered
    java.util.List<String> texts = new ArrayList<>();
    for (Object value : held.values()) {
      String hidden = hiddenIn(value, held.secret());
      assertThat(revealed(value)).as("the generator hides the secret in %s", value.getClass())
          .contains(hidden);
      java.util.List<String> own = new ArrayList<>();
      texts(value, own);
      // then none of its texts shows what it hides
      assertThat(own).as("texts of a %s", value.getClass()).isNotEmpty()
          .allSatisfy(t -> assertThat(t).doesNotContain(hidden));
      texts.addAll(own);
    }
    // then none shows the secret
    assertThat(texts).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain(held.secret()));
  }

  /**
   * What a value hides: the secret text, or, for a support case and its referral, the name of its
   * topic (an enumeration cannot hold the text).
   */
  private static String hiddenIn(Object value, String secret) {
    return topic(value).map(Enum::name).getOrElse(secret);
  }

  private static io.vavr.control.Option<SupportCase.Topic> topic(Object value) {
    if (value instanceof SupportCase c) {
      return io.vavr.control.Option.some(c.topic().reveal());
    }
    if (value instanceof SupportCase.Command.Refer c) {
      return io.vavr.control.Option.some(c.topic().reveal());
    }
    if (value instanceof SupportCase.Event.Referred e) {
      return io.vavr.control.Option.some(e.topic().reveal());
    }
    return io.vavr.control.Option.none();
  }

  /** What the value reveals on purpose: the secret must be in it, or the check proves nothing. */
  private static String revealed(Object value) {
    if (topic(value).isDefined()) {
      return topic(value).get().name();
    }
    Conduct conduct = value instanceof Audited a ? a.conduct() : null;
    if (conduct != null) {
      return conduct.contributions().map(c -> c.note().reveal()).mkString()
          + conduct.disclosures().map(d -> d.item().content().reveal()).mkString();
    }
    if (value instanceof EngagementCommand.RecordContribution c) {
      return c.contribution().note().reveal();
    }
    if (value instanceof EngagementCommand.Disclose c) {
      return c.disclosure().item().content().reveal();
    }
    if (value instanceof EngagementEvent.ContributionRecorded e) {
      return e.contribution().note().reveal();
    }
    if (value instanceof EngagementEvent.Disclosed e) {
      return e.disclosure().item().content().reveal();
    }
    if (value instanceof EngagementCommand.RecordIntersessionWork c) {
      return c.work().what().reveal();
    }
    if (value instanceof EngagementEvent.IntersessionWorkRecorded e) {
      return e.work().what().reveal();
    }
    if (value instanceof org.areso.core.engagement.IntersessionWork w) {
      return w.what().reveal();
    }
    if (value instanceof org.areso.core.engagement.EngagementFile f) {
      return f.intersessionWork().map(w -> w.what().reveal()).mkString();
    }
    if (value instanceof org.areso.core.ethics.Contribution c) {
      return c.note().reveal();
    }
    if (value instanceof org.areso.core.ethics.Disclosure d) {
      return d.item().content().reveal();
    }
    if (value instanceof org.areso.core.ethics.InformationItem i) {
      return i.content().reveal();
    }
    throw new AssertionError("no way to reveal a " + value.getClass());
  }

  private static void texts(Object value, java.util.List<String> out) {
    out.add(String.valueOf(value));
    supportTexts(value, out);
    if (value instanceof Sensitive<?> s) {
      out.add(s.toString());
    }
    if (value instanceof Reason r) {
      reason(r, out);
    }
    if (value instanceof Audited audited) {
      out.add(String.valueOf(audited.conduct()));
      for (Charter charter : CHARTERS) {
        audit(charter.audit(audited), out);
      }
    }
    if (value instanceof Engagement e) {
      audit(e.audit(), out);
      out.add(e.obligations(SecretArbitraries.DAY.plusDays(30)).toString());
      out.add(e.conduct().contributions().toString());
      out.add(e.conduct().disclosures().toString());
    }
    if (value instanceof EngagementCommand command) {
      for (Engagement base : SecretArbitraries.BASES) {
        handled(base.handle(command), out);
        handled(base.handle(command, base.version() - 1), out);
      }
    }
    if (value instanceof EngagementEvent event) {
      for (SecretArbitraries.Walked base : SecretArbitraries.WALKS) {
        applied(base, event, out);
        applied(base, atVersion(event, base.engagement().version() + 1), out);
      }
      replayed(List.of(event), out);
    }
  }

  /**
   * A support case's texts: the outcomes of every command on it, or of its referral started and
   * handled by cases in every stage, or of its referral's event replayed alone and after their
   * histories.
   */
  private static void supportTexts(Object value, java.util.List<String> out) {
    if (value instanceof SupportCase c) {
      out.add(c.toString());
      for (SupportCase.Command command : List.of(
          new SupportCase.Command.Consent(Stamp.of(SecretArbitraries.THE_EMPLOYEE,
              SecretArbitraries.T0.plusDays(3))),
          new SupportCase.Command.Consent(Stamp.of(SecretArbitraries.FACILITATOR,
              SecretArbitraries.T0.plusDays(3))),
          new SupportCase.Command.StartSupport(Stamp.of(SecretArbitraries.FACILITATOR,
              SecretArbitraries.T0.plusDays(4))),
          new SupportCase.Command.CloseCase(Stamp.of(SecretArbitraries.FACILITATOR,
              SecretArbitraries.T0.plusDays(5))),
          new SupportCase.Command.EndByEmployee(Stamp.of(SecretArbitraries.THE_EMPLOYEE,
              SecretArbitraries.T0.plusDays(6))))) {
        supportHandled(c.handle(command), out);
        supportHandled(c.handle(command, c.version() - 1), out);
      }
    }
    if (value instanceof SupportCase.Command.Refer refer) {
      supportHandled(SupportCase.start(SecretArbitraries.EMPLOYEE, refer), out);
      for (Seq<SupportCase.Event> history : SecretArbitraries.SUPPORT_HISTORIES) {
        SupportCase base = SupportCase.replay(SecretArbitraries.EMPLOYEE, history).get();
        supportHandled(base.handle(refer), out);
      }
    }
    if (value instanceof SupportCase.Event.Referred referred) {
      supportReplayed(SupportCase.replay(SecretArbitraries.EMPLOYEE, List.of(referred)), out);
      supportReplayed(SupportCase.replay(SecretArbitraries.EMPLOYEE, List.of(referred), 9), out);
      for (Seq<SupportCase.Event> history : SecretArbitraries.SUPPORT_HISTORIES) {
        supportReplayed(SupportCase.replay(SecretArbitraries.EMPLOYEE,
            history.append(referred)), out);
      }
    }
  }

  private static void supportHandled(
      Either<Rejection, Accepted<SupportCase, SupportCase.Event>> outcome,
      java.util.List<String> out) {
    out.add(outcome.toString());
    if (outcome.isLeft()) {
      reason(outcome.getLeft(), out);
      exception(() -> outcome.get(), out);
    } else {
      exception(outcome::getLeft, out);
      outcome.get().events().forEach(e -> out.add(e.toString()));
      out.add(outcome.get().state().toString());
    }
  }

  private static void supportReplayed(Either<HistoryError, SupportCase> outcome,
      java.util.List<String> out) {
    out.add(outcome.toString());
    if (outcome.isLeft()) {
      reason(outcome.getLeft(), out);
      exception(outcome::get, out);
    } else {
      exception(outcome::getLeft, out);
    }
  }

  private static EngagementEvent atVersion(EngagementEvent event, long version) {
    if (event instanceof EngagementEvent.ContributionRecorded c) {
      return new EngagementEvent.ContributionRecorded(c.engagement(), version, c.stamp(),
          c.contribution());
    }
    if (event instanceof EngagementEvent.IntersessionWorkRecorded w) {
      return new EngagementEvent.IntersessionWorkRecorded(w.engagement(), version, w.stamp(),
          w.work());
    }
    EngagementEvent.Disclosed d = (EngagementEvent.Disclosed) event;
    return new EngagementEvent.Disclosed(d.engagement(), version, d.stamp(), d.disclosure());
  }

  private static void handled(Either<Rejection, Accepted<Engagement, EngagementEvent>> outcome,
      java.util.List<String> out) {
    out.add(outcome.toString());
    Statistics.label("handled").collect(outcome.isRight() ? "accepted"
        : outcome.getLeft() instanceof Rejection.PreconditionsUnmet p
            && p.unmet().exists(u -> u.guard().equals("charter")) ? "refused by the charter"
        : outcome.getLeft().kind().name());
    if (outcome.isLeft()) {
      reason(outcome.getLeft(), out);
      exception(() -> outcome.get(), out);
    } else {
      exception(outcome::getLeft, out);
      for (EngagementEvent event : outcome.get().events()) {
        out.add(event.toString());
      }
      Engagement after = outcome.get().state();
      out.add(after.toString());
      audit(after.audit(), out);
    }
  }

  /** The base's stored history with the event appended, replayed as one more event. */
  private static void applied(SecretArbitraries.Walked base, EngagementEvent event,
      java.util.List<String> out) {
    Either<HistoryError, Engagement> outcome = Engagement.replay(SecretArbitraries.PROGRAMME,
        base.history().append(event), base.engagement().version() + 1);
    out.add(outcome.toString());
    if (outcome.isLeft()) {
      reason(outcome.getLeft(), out);
      exception(outcome::get, out);
    } else {
      out.add(outcome.get().conduct().toString());
      audit(outcome.get().audit(), out);
    }
  }

  private static void replayed(Seq<EngagementEvent> events, java.util.List<String> out) {
    Either<HistoryError, Engagement> outcome =
        Engagement.replay(SecretArbitraries.PROGRAMME, events, events.size());
    out.add(outcome.toString());
    outcome.swap().forEach(error -> reason(error, out));
  }

  private static void audit(Audit audit, java.util.List<String> out) {
    out.add(audit.toString());
    out.add(audit.report(Language.FR));
    out.add(audit.report(Language.EN));
    out.add(audit.byPrinciple().toString());
    for (Violation v : audit.violations()) {
      reason(v, out);
      out.add(v.seen().toString());
      reason(v.reason(), out);
      out.add(v.reason().seen().toString());
    }
  }

  private static void reason(Reason reason, java.util.List<String> out) {
    out.add(reason.toString());
    out.add(reason.code());
    for (Language language : Language.values()) {
      out.add(reason.message(language));
    }
    if (reason instanceof Rejection.PreconditionsUnmet p) {
      for (Unmet u : p.unmet()) {
        out.add(u.toString());
        reason(u.reason(), out);
      }
    }
    if (reason instanceof Violation v) {
      out.add(v.seen().toString());
    }
  }

  /** The message of the exception a host gets by reading the side an outcome does not have. */
  private static void exception(Runnable wrongSide, java.util.List<String> out) {
    try {
      wrongSide.run();
      throw new AssertionError("reading the wrong side did not throw");
    } catch (NoSuchElementException e) {
      out.add(String.valueOf(e.getMessage()));
      out.add(e.toString());
      Statistics.label("exceptions").collect(e.getClass().getSimpleName());
    }
  }
}
