package org.areso.examples.hr;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.GiveConsent;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordContribution;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementCommand.StartIntervention;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.SignOfTension;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Participation;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Qualification;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Stamp;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;
import org.areso.rules.programme.Programmes;
import org.areso.core.eligibility.Facts;
import org.areso.jdbc.AresoSchema;
import org.areso.jdbc.EngagementSummary;
import org.areso.jdbc.JdbcEventStore;
import org.areso.json.AresoJson;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The story of an HR system that stores engagements: it starts an embedded H2 database, migrates
 * it with {@link AresoSchema#migrate}, requests an engagement, walks it through a few steps (each
 * handled on the state replayed from the store, then appended with the engagement's summary) and
 * prints its stage, reloaded from the stored events. The store is {@code areso-jdbc}'s
 * {@link JdbcEventStore}, writing each event in its {@code areso-json} form. Run it with
 * {@code ./areso hr [JDBC-URL]}.
 */
public final class HrIntegration {

  /** The in-memory database of the example, kept while the process runs. */
  public static final String DEFAULT_URL = "jdbc:h2:mem:areso-hr;DB_CLOSE_DELAY=-1";

  /** The example's format, one that {@code areso-social-2023} offers. */
  public static final FormatId ACCOMPANIMENT = FormatId.of("accompaniment").get();

  /** The catalogue's {@code areso-social-2023}, as a host would use it. */
  public static final Programme PROGRAMME = Programmes.aresoSocial2023();

  static final Actor MANAGEMENT =
      new Actor.Party(PartyRole.MANAGEMENT, PartyId.of("hr-director").get());
  static final Actor STAFF =
      new Actor.Party(PartyRole.STAFF_REPRESENTATIVES, PartyId.of("cse-secretary").get());
  static final Actor OPERATOR = new Actor.Operator("aract-example");
  // areso-social-2023's facilitators are trained in social relations (seed 001)
  static final Facilitator FIRST = Facilitator.of(FacilitatorId.of("F-1").get(),
      FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER)
      .withQualification(Qualification.SOCIAL_RELATIONS_TRAINING);
  static final Facilitator SECOND = Facilitator.of(FacilitatorId.of("F-2").get(),
      FacilitatorKind.INDEPENDENT_CONSULTANT)
      .withQualification(Qualification.SOCIAL_RELATIONS_TRAINING);
  static final Actor FACILITATOR = new Actor.Facilitator(FIRST.id());
  static final Structure STRUCTURE =
      Structure.builder().name("Foyer Les Tilleuls").country("FR").departement("57")
          .casfItems("8").fundingSources("P177|ARS").build().get();

  private HrIntegration() { }

  /**
   * Runs the story against a store: requests the engagement, then records a pre-diagnosis,
   * qualifies it, assigns the facilitators, frames it with both parties' consent, starts the
   * intervention and records a contribution. Each step loads the engagement from the store, handles
   * a command and appends its events.
   *
   * @param store the store, on a migrated database, not null
   * @param id the engagement's identifier, not null
   * @param day the day of the request; the steps follow on the next days, not null
   * @return the engagement reloaded from the store, or the first reason a step failed
   * @throws NullPointerException if an argument is null
   */
  public static Either<Reason, Engagement> walk(JdbcEventStore<EngagementEvent> store,
      EngagementId id, LocalDate day) {
    requireNonNull(store, "store");
    requireNonNull(id, "id");
    LocalDateTime t0 = requireNonNull(day, "day").atTime(9, 0);
    Either<Reason, Long> requested = Engagement.start(PROGRAMME, new RequestEngagement(id,
            Stamp.of(MANAGEMENT, t0), STRUCTURE, Origin.parties(PartyRole.MANAGEMENT)))
        .<Reason>mapLeft(r -> r)
        .flatMap(started -> append(store, 0, started));
    if (requested.isLeft()) {
      return Either.left(requested.getLeft());
    }
    Framing framing = new Framing("restore trust", "joint workshops", "confidentiality",
        "10 half-days over 6 months", LinkedHashMap.of(
            PartyRole.MANAGEMENT, Participation.VOLUNTARY,
            PartyRole.STAFF_REPRESENTATIVES, Participation.VOLUNTARY));
    Seq<EngagementCommand> steps = List.of(
        new RecordPreDiagnosis(Stamp.of(FACILITATOR, t0.plusDays(1)), new PreDiagnosis(
            PartyRole.MANAGEMENT, InterventionContext.PREVENTIVE,
            LinkedHashSet.of(SignOfTension.RUMOURS), ACCOMPANIMENT)),
        new Qualify(Stamp.of(OPERATOR, t0.plusDays(2)), EligibilityRecord.of(
            PROGRAMME.policy().evaluate(Facts.of(STRUCTURE).requestDate(day)), day)),
        new AssignFacilitators(Stamp.of(OPERATOR, t0.plusDays(2)),
            Facilitators.pair(FIRST, SECOND).get()),
        new ProposeFraming(Stamp.of(FACILITATOR, t0.plusDays(3)), framing),
        new GiveConsent(Stamp.of(MANAGEMENT, t0.plusDays(4))),
        new GiveConsent(Stamp.of(STAFF, t0.plusDays(5))),
        new ConfirmFraming(Stamp.of(FACILITATOR, t0.plusDays(6))),
        new StartIntervention(Stamp.of(FACILITATOR, t0.plusDays(7)), day.plusMonths(6)),
        new RecordContribution(Stamp.of(FACILITATOR, t0.plusDays(8)), new Contribution(
            FIRST.id(), day.plusDays(8), Aspect.PROCESS,
            Sensitive.of("the director and the CSE agreed on an agenda"))));
    for (EngagementCommand command : steps) {
      Either<Reason, Long> done = step(store, PROGRAMME, id, command);
      if (done.isLeft()) {
        return Either.left(done.getLeft());
      }
    }
    return load(store, PROGRAMME, id);
  }

  /**
   * Loads an engagement: its stored events replayed under its programme, checked against the
   * version its summary recorded, so that a history missing an event, even its last, is refused.
   *
   * @param store the store, not null
   * @param programme the programme the engagement runs under, not null
   * @param id the engagement, not null
   * @return the engagement as of its last stored event, or why it could not be loaded (a
   *     {@link NotStored}: {@code ENGAGEMENT_NOT_FOUND}, {@code ROW_UNDECODABLE},
   *     {@code HISTORY_REFUSED}, {@code DATABASE_FAILURE})
   * @throws NullPointerException if an argument is null
   */
  public static Either<Reason, Engagement> load(JdbcEventStore<EngagementEvent> store,
      Programme programme, EngagementId id) {
    requireNonNull(store, "store");
    requireNonNull(programme, "programme");
    return store.replay(id, (events, version) -> Engagement.replay(programme, events, version))
        .mapLeft(NotStored::new);
  }

  /**
   * One step of a host: load the engagement, handle a command, append its events expecting the
   * version loaded, with the engagement's summary. A {@link NotStored}
   * {@code VERSION_CONFLICT} means another writer went first: the host runs the step again.
   *
   * @param store the store, not null
   * @param programme the engagement's programme, not null
   * @param id the engagement, not null
   * @param command the command, not null
   * @return the new version, or why the step did not happen (a {@link NotStored} or the
   *     engagement's rejection)
   * @throws NullPointerException if an argument is null
   */
  public static Either<Reason, Long> step(JdbcEventStore<EngagementEvent> store,
      Programme programme, EngagementId id, EngagementCommand command) {
    requireNonNull(command, "command");
    return load(store, programme, id)
        .flatMap(engagement -> engagement.handle(command).<Reason>mapLeft(r -> r)
            .flatMap(accepted -> append(store, engagement.version(), accepted)));
  }

  /** Appends what a command gave, with the engagement's summary. */
  private static Either<Reason, Long> append(JdbcEventStore<EngagementEvent> store,
      long expectedVersion, Accepted<Engagement, EngagementEvent> accepted) {
    Engagement after = accepted.state();
    return store.append(after.id(), expectedVersion, accepted.events(),
        EngagementSummary.of(after)).mapLeft(NotStored::new);
  }

  /**
   * Runs the story on the H2 database of a JDBC URL, such as {@link #DEFAULT_URL}, and prints the
   * reloaded engagement's stage and its stored events' types: {@code ./areso hr [JDBC-URL]}.
   *
   * @param url the H2 JDBC URL, not null
   * @param out where to print, not null
   * @return 0 when the story ran to its end, 1 otherwise (with the reason printed)
   */
  public static int run(String url, PrintStream out) {
    requireNonNull(url, "url");
    requireNonNull(out, "out");
    EngagementId id = EngagementId.of("HR-2024-001").get();
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    Either<Reason, Engagement> story = AresoSchema.migrate(dataSource)
        .<Reason>mapLeft(NotStored::new)
        .map(applied -> JdbcEventStore.of(dataSource))
        .flatMap(store -> walk(store, id, LocalDate.of(2024, 1, 8))
            .peek(engagement -> {
              out.println("Engagement " + id + " reloaded from its stored events:");
              store.load(id).forEach(events -> events.forEach(e ->
                  out.println("  v" + e.version() + " " + AresoJson.typeOf(e))));
              out.println("stage " + engagement.stage() + ", version " + engagement.version()
                  + ", " + engagement.conduct().contributions().size() + " contribution(s) recorded");
            }));
    story.orElseRun(reason -> out.println(reason.code() + ": " + reason.message(Language.EN)));
    return story.isRight() ? 0 : 1;
  }
}
