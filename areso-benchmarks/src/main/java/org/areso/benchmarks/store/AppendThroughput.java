package org.areso.benchmarks.store;

import static org.areso.core.engagement.Commands.adoptActionPlan;
import static org.areso.core.engagement.Commands.assignFacilitators;
import static org.areso.core.engagement.Commands.close;
import static org.areso.core.engagement.Commands.confirmFraming;
import static org.areso.core.engagement.Commands.endIntervention;
import static org.areso.core.engagement.Commands.giveConsent;
import static org.areso.core.engagement.Commands.proposeFraming;
import static org.areso.core.engagement.Commands.qualify;
import static org.areso.core.engagement.Commands.recordFollowUpReview;
import static org.areso.core.engagement.Commands.recordIntersessionWork;
import static org.areso.core.engagement.Commands.recordPreDiagnosis;
import static org.areso.core.engagement.Commands.recordSession;
import static org.areso.core.engagement.Commands.request;
import static org.areso.core.engagement.Commands.startIntervention;
import static org.areso.core.kernel.FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER;
import static org.areso.core.kernel.FacilitatorKind.LABOUR_ADMINISTRATION_AGENT;
import static org.areso.core.kernel.InterventionContext.PREVENTIVE;
import static org.areso.core.kernel.PartyRole.MANAGEMENT;
import static org.areso.core.kernel.PartyRole.STAFF_REPRESENTATIVES;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Structure;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.Programme;
import org.areso.jdbc.AresoSchema;
import org.areso.jdbc.EngagementSummary;
import org.areso.jdbc.JdbcEventStore;
import org.areso.jdbc.JsonEventCodec;
import org.areso.jdbc.PostgresServer;
import org.areso.jdbc.StoreError;
import org.areso.rules.programme.Programmes;

/**
 * How many appends per second {@code areso-jdbc}'s {@link JdbcEventStore} takes on one real
 * PostgreSQL server, started on this machine from the distribution's binaries as the tests start
 * theirs: one writer on its engagement, eight writers on eight engagements, and eight writers
 * racing on one engagement (each conflict counted, the loser reloading and retrying, as a host
 * does). An append is what one command gives — here a contribution, one event — with its outbox
 * row and the engagement's summary, in one transaction. It also measures the bytes of an event's
 * JSON (the average over a whole walk, from the request to the closing) and the rows an
 * engagement leaves (events, outbox, summary).
 *
 * <p>Not a JMH benchmark and never run by the build: run it by hand, as docs/SCALING.md says.
 * Arguments: the seconds of warm-up and of measure per scenario (5 and 20 by default), then any
 * PostgreSQL setting as {@code name=value} (such as {@code synchronous_commit=off}).
 */
public final class AppendThroughput {

  private static final Programme ARESO = Programmes.areso();
  private static final LocalDate TODAY = LocalDate.of(2024, 3, 4);
  private static final LocalDateTime T = TODAY.atTime(9, 0);
  private static final Structure FIRM = Structure.builder().name("Atelier du Rhône")
      .country("FR").departement("69").legalForm("COMPANY").headcount(120)
      .staffRepresentation(true).build().get();
  private static final Actor DIRECTOR = Actor.party(MANAGEMENT, "director");
  private static final Actor CSE = Actor.party(STAFF_REPRESENTATIVES, "cse");
  private static final Actor ARACT = Actor.operator("aract");
  private static final Facilitator ANNE = Facilitator.of("anne", ANACT_ARACT_PROJECT_OFFICER);
  private static final Facilitator PAUL = Facilitator.of("paul", LABOUR_ADMINISTRATION_AGENT);

  private AppendThroughput() { }

  /**
   * Starts a server, measures, prints the figures and stops the server.
   *
   * @param args the seconds of warm-up and of measure, then PostgreSQL settings; all optional
   * @throws Exception if the server cannot be started or the store fails
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Duration warmUp = Duration.ofSeconds(args.length > 0 ? Integer.parseInt(args[0]) : 5);
    Duration measure = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 20);
    String[] settings = args.length > 2
        ? java.util.Arrays.copyOfRange(args, 2, args.length) : new String[0];
    try (PostgresServer server = PostgresServer.start(settings)) {
      DataSource database = server.newDatabase();
      if (AresoSchema.migrate(database).isLeft()) {
        throw new IllegalStateException("the database could not be migrated");
      }
      JdbcEventStore<EngagementEvent> store = JdbcEventStore.of(database);
      System.out.printf("machine: %d cores, %s; %s%n",
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
              + Runtime.version(), query(database, "SELECT version()"));
      System.out.printf("server settings: fsync %s, synchronous_commit %s, shared_buffers %s%n",
          query(database, "SHOW fsync"), query(database, "SHOW synchronous_commit"),
          query(database, "SHOW shared_buffers"));
      System.out.printf("warm-up %d s, measure %d s per scenario%n%n", warmUp.toSeconds(),
          measure.toSeconds());

      walkWhole(store, database);
      scenario(store, "1 writer, 1 engagement", 1, false, warmUp, measure);
      scenario(store, "8 writers, 8 engagements", 8, false, warmUp, measure);
      scenario(store, "8 writers, 1 engagement", 8, true, warmUp, measure);

      System.out.printf("%non disk after the run: %s events, %s outbox rows, %s summaries;"
              + " bytes per event row (table, indexes, TOAST) %s, per outbox row %s%n",
          query(database, "SELECT COUNT(*) FROM areso_event"),
          query(database, "SELECT COUNT(*) FROM areso_outbox"),
          query(database, "SELECT COUNT(*) FROM areso_engagement_summary"),
          query(database, "SELECT pg_total_relation_size('areso_event') / COUNT(*)"
              + " FROM areso_event"),
          query(database, "SELECT pg_total_relation_size('areso_outbox') / COUNT(*)"
              + " FROM areso_outbox"));
    }
  }

  /** Appends a whole walk, one command at a time, and prints its bytes and rows. */
  private static void walkWhole(JdbcEventStore<EngagementEvent> store, DataSource database)
      throws SQLException {
    EngagementId id = EngagementId.of("WHOLE-1").get();
    Accepted<Engagement, EngagementEvent> started = Engagement.start(ARESO, request(id.value(),
        DIRECTOR.at(T), FIRM)).get();
    append(store, 0, started);
    Engagement state = started.state();
    Seq<EngagementEvent> events = started.events();
    for (EngagementCommand command : wholeWalk()) {
      Accepted<Engagement, EngagementEvent> accepted = state.handle(command)
          .getOrElseThrow(r -> new IllegalStateException(command.getClass().getSimpleName()
              + " refused: " + r.code()));
      append(store, state.version(), accepted);
      state = accepted.state();
      events = events.appendAll(accepted.events());
    }
    JsonEventCodec codec = JsonEventCodec.create();
    Seq<Integer> bytes = events.map(e -> codec.encode(e).payload()
        .getBytes(StandardCharsets.UTF_8).length);
    System.out.printf("a whole walk: %d events of %d types, stage %s; JSON %.0f bytes per event"
            + " on average (%d to %d), JSONB %s bytes per event%n", events.size(),
        HashSet.ofAll(events.map(e -> e.getClass())).size(), state.stage(),
        bytes.average().get(), bytes.min().get(), bytes.max().get(),
        query(database, "SELECT AVG(pg_column_size(payload))::int FROM areso_event"
            + " WHERE engagement_id = 'WHOLE-1'"));
    System.out.printf("rows per engagement: %s events + %s outbox + %s summary%n%n",
        query(database, "SELECT COUNT(*) FROM areso_event WHERE engagement_id = 'WHOLE-1'"),
        query(database, "SELECT COUNT(*) FROM areso_outbox WHERE engagement_id = 'WHOLE-1'"),
        query(database, "SELECT COUNT(*) FROM areso_engagement_summary"
            + " WHERE engagement_id = 'WHOLE-1'"));
  }

  /** The commands of a whole walk after the request, to the closing. */
  private static Seq<EngagementCommand> wholeWalk() {
    var both = ARESO.consentingParties();
    LocalDateTime later = T.plusDays(10);
    return List.of(
        recordPreDiagnosis(ANNE.at(T), MANAGEMENT, PREVENTIVE, "accompaniment"),
        qualify(ARACT.at(T), ARESO.decide(FIRM, TODAY), TODAY),
        assignFacilitators(ARACT.at(T), ANNE, PAUL),
        proposeFraming(ANNE.at(T), "restore the dialogue between management and the CSE",
            "joint workshops", "confidentiality, no report on persons", "two days", both),
        giveConsent(DIRECTOR.at(T)), giveConsent(CSE.at(T)), confirmFraming(ANNE.at(T)),
        startIntervention(ANNE.at(T), TODAY.plusMonths(2)),
        recordSession(ANNE.at(later), TODAY.plusDays(10), SessionLength.WHOLE_DAY,
            io.vavr.collection.LinkedHashSet.of(MANAGEMENT, STAFF_REPRESENTATIVES)),
        contribution(ANNE.at(later), "the parties agreed on an agenda for the workshops"),
        recordIntersessionWork(CSE.at(later.plusDays(5)), STAFF_REPRESENTATIVES,
            TODAY.plusDays(15), "the CSE surveyed the teams on the schedules"),
        recordSession(ANNE.at(later.plusDays(20)), TODAY.plusDays(30), SessionLength.WHOLE_DAY,
            io.vavr.collection.LinkedHashSet.of(MANAGEMENT, STAFF_REPRESENTATIVES)),
        adoptActionPlan(DIRECTOR.at(later.plusDays(20)),
            io.vavr.collection.LinkedHashSet.of(MANAGEMENT, STAFF_REPRESENTATIVES),
            "A-1 schedules published a month ahead", "A-2 a joint committee each quarter"),
        endIntervention(ANNE.at(later.plusDays(21))),
        recordFollowUpReview(ANNE.at(T.plusMonths(7)), "the committee met twice"),
        close(ANNE.at(T.plusMonths(7).plusDays(1)), "dialogue restored"));
  }

  private static EngagementCommand contribution(org.areso.core.kernel.Stamp stamp, String note) {
    return new EngagementCommand.RecordContribution(stamp, new Contribution(ANNE.id(),
        stamp.at().toLocalDate(), Aspect.PROCESS, Sensitive.of(note)));
  }

  /** An engagement walked to its intervention, not counted. */
  private static Engagement inProgress(JdbcEventStore<EngagementEvent> store, EngagementId id) {
    Accepted<Engagement, EngagementEvent> started = Engagement.start(ARESO, request(id.value(),
        DIRECTOR.at(T), FIRM)).get();
    append(store, 0, started);
    Engagement state = started.state();
    for (EngagementCommand command : wholeWalk().take(8)) {
      Accepted<Engagement, EngagementEvent> accepted = state.handle(command).get();
      append(store, state.version(), accepted);
      state = accepted.state();
    }
    return state;
  }

  private static Either<StoreError, Long> append(JdbcEventStore<EngagementEvent> store,
      long expected, Accepted<Engagement, EngagementEvent> accepted) {
    Either<StoreError, Long> appended = store.append(accepted.state().id(), expected,
        accepted.events(), EngagementSummary.of(accepted.state()));
    if (appended.isLeft() && !(appended.getLeft() instanceof StoreError.VersionConflict)) {
      throw new IllegalStateException("append failed: " + appended.getLeft());
    }
    return appended;
  }

  /**
   * Runs writers that append contributions for a warm-up then a measure, and prints the
   * measure's appends per second, latencies and conflicts.
   */
  private static void scenario(JdbcEventStore<EngagementEvent> store, String name, int writers,
      boolean shared, Duration warmUp, Duration measure) throws Exception {
    String prefix = name.replaceAll("[^0-9a-z]", "");
    EngagementId sharedId = EngagementId.of(prefix + "-shared").get();
    if (shared) {
      inProgress(store, sharedId);
    }
    AtomicLong appended = new AtomicLong();
    AtomicLong conflicts = new AtomicLong();
    java.util.List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    CyclicBarrier ready = new CyclicBarrier(writers);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    java.util.List<Future<?>> running = new ArrayList<>();
    long[] window = new long[2];
    for (int w = 0; w < writers; w++) {
      EngagementId id = shared ? sharedId : EngagementId.of(prefix + "-" + w).get();
      running.add(pool.submit(() -> {
        Engagement state = shared ? load(store, id) : inProgress(store, id);
        ready.await(60, TimeUnit.SECONDS);
        synchronized (window) {
          if (window[0] == 0) {
            window[0] = System.nanoTime() + warmUp.toNanos();
            window[1] = window[0] + measure.toNanos();
          }
        }
        long i = 0;
        for (long now = System.nanoTime(); now < window[1]; now = System.nanoTime()) {
          Accepted<Engagement, EngagementEvent> accepted = state.handle(contribution(
              ANNE.at(T.plusDays(12)), "note " + (i++) + " of " + id)).get();
          long began = System.nanoTime();
          Either<StoreError, Long> outcome = append(store, state.version(), accepted);
          long ended = System.nanoTime();
          boolean counted = began >= window[0] && ended < window[1];
          if (outcome.isRight()) {
            state = accepted.state();
            if (counted) {
              appended.incrementAndGet();
              latencies.add(ended - began);
            }
          } else {
            if (counted) {
              conflicts.incrementAndGet();
            }
            state = load(store, id);
          }
        }
        return null;
      }));
    }
    for (Future<?> writer : running) {
      writer.get(10, TimeUnit.MINUTES);
    }
    pool.shutdown();
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    java.util.List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf("%-26s %7.0f appends/s  (%d in %d s), latency p50 %.1f ms p99 %.1f ms,"
            + " %d conflicts; load average %.1f before, %.1f after%n", name,
        appended.get() / (double) measure.toSeconds(), appended.get(), measure.toSeconds(),
        percentile(sorted, 0.50), percentile(sorted, 0.99), conflicts.get(), loadBefore,
        loadAfter);
    if (shared) {
      System.out.printf("%-26s history of the shared engagement at the end: %d events%n", "",
          load(store, sharedId).version());
    }
  }

  private static Engagement load(JdbcEventStore<EngagementEvent> store, EngagementId id) {
    return store.replay(id, (events, version) -> Engagement.replay(ARESO, events, version))
        .getOrElseThrow(e -> new IllegalStateException("replay failed: " + e));
  }

  private static double percentile(java.util.List<Long> sorted, double p) {
    return sorted.isEmpty() ? 0
        : sorted.get((int) Math.min(sorted.size() - 1, p * sorted.size())) / 1e6;
  }

  private static String query(DataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement select = connection.prepareStatement(sql);
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getString(1);
    }
  }
}
