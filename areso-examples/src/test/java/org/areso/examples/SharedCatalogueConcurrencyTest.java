package org.areso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.collection.Array;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.EndIntervention;
import org.areso.core.engagement.EngagementCommand.GiveConsent;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordFollowUpReview;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RecordSession;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementCommand.StartIntervention;
import org.areso.core.engagement.EngagementCommand.Suspend;
import org.areso.core.engagement.EngagementCommand.Withdraw;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.SignOfTension;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Participation;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.Departement;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.kernel.Actor;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.planning.WorkingCalendar;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.rules.calendar.FrenchCalendars;
import org.areso.rules.calendar.SwissCalendars;
import org.areso.rules.eligibility.AresoPolicy;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.areso.rules.eligibility.AuraDialogueQvtPolicy;
import org.areso.rules.eligibility.SoresoPolicy;
import org.areso.rules.programme.Programmes;
import org.junit.jupiter.api.Test;

/**
 * The catalogue, its policies, the calendars and the engagements are shared by many threads: 8
 * threads, each taking {@value #DECISIONS_PER_THREAD} decisions over the same shared values, give
 * exactly the results computed first on one thread, input by input. Not timed: it asserts results.
 */
class SharedCatalogueConcurrencyTest {

  static final int THREADS = 8;
  static final int DECISIONS_PER_THREAD = 1_000_000;

  private static final Seq<Policy> POLICIES = List.of(AresoPolicy.policy(),
      AresoSocial2023Policy.policy(), SoresoPolicy.policy(), AuraDialogueQvtPolicy.policy());
  private static final ProgrammeCatalogue CATALOGUE = ProgrammeCatalogue.discover().get();
  private static final String[] DEPARTEMENTS = {"75", "57", "67", "68", "69", "63", "13", "2A",
      "971", "974", "976", "33", "59"};
  private static final String[] CANTONS = {"VD", "GE", "ZH", "BE", "TI", "VS", "NE", "FR", "BS"};
  private static final Seq<WorkingCalendar> CALENDARS = Array.of(DEPARTEMENTS)
      .map(d -> (WorkingCalendar) FrenchCalendars.of(Departement.parse(d).get()))
      .appendAll(Array.of(CANTONS).map(c -> SwissCalendars.of(Canton.parse(c).get())))
      .append(FrenchCalendars.metropolitan());

  /** The shared inputs, built once: structures and their facts, dates, engagements, commands. */
  private final Array<Facts> facts;
  private final Array<LocalDate> dates;
  private final Array<Engagement> engagements;
  private final Array<Function<Engagement, Asked>> commands;
  /** Each command built once for each engagement: the threads share them too. */
  private final Asked[][] decided;

  SharedCatalogueConcurrencyTest() {
    Random random = new Random(20_231_001L);
    java.util.List<Facts> someFacts = new ArrayList<>();
    while (someFacts.size() < 512) {
      structure(random).forEach(s -> someFacts.add(Facts.of(s).requestDate(
          LocalDate.of(2021, 1, 1).plusDays(random.nextInt(5 * 365)))));
    }
    this.facts = Array.ofAll(someFacts);
    this.dates = Array.fill(4096, () -> LocalDate.of(1900, 1, 1)
        .plusDays(random.nextInt(300 * 365)));
    this.commands = commands();
    this.engagements = engagements();
    this.decided = new Asked[engagements.size()][];
    for (int e = 0; e < engagements.size(); e++) {
      Engagement engagement = engagements.get(e);
      decided[e] = commands.map(command -> command.apply(engagement))
          .toJavaArray(Asked[]::new);
    }
  }

  @Test
  void eightThreadsTakingAMillionDecisionsEachGiveExactlyTheSingleThreadedResults()
      throws Exception {
    // given: every decision computed once, on this thread
    int[] expected = new int[DECISIONS_PER_THREAD];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = decide(i);
    }
    assertThat(decide(17)).as("a decision is a pure function of its input").isEqualTo(expected[17]);
    // when: 8 threads take them all again at once, each from its own offset
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    java.util.List<Future<int[]>> mismatches = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int offset = t * (DECISIONS_PER_THREAD / THREADS);
        Callable<int[]> work = () -> {
          int wrong = 0;
          int first = -1;
          for (int k = 0; k < DECISIONS_PER_THREAD; k++) {
            int i = (offset + k) % DECISIONS_PER_THREAD;
            if (decide(i) != expected[i]) {
              wrong++;
              first = first < 0 ? i : first;
            }
          }
          return new int[] {wrong, first};
        };
        mismatches.add(pool.submit(work));
      }
      // then
      for (Future<int[]> result : mismatches) {
        int[] outcome = result.get();
        assertThat(outcome[0]).as("decisions differing from the single-threaded ones, first at %d",
            outcome[1]).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theWorkloadCoversEveryKindOfOutcome() {
    // given
    java.util.Set<Integer> engagementOutcomes = new java.util.HashSet<>();
    java.util.Set<Rejection.Kind> rejections = new java.util.HashSet<>();
    java.util.Set<Object> verdicts = new java.util.HashSet<>();
    java.util.Set<Object> stages = new java.util.HashSet<>();
    // when
    for (int i = 0; i < 20_000; i++) {
      verdicts.add(POLICIES.get(i % POLICIES.size()).verdict(facts.get(i % facts.size())));
      Engagement engagement = engagements.get(i % engagements.size());
      stages.add(engagement.stage());
      Either<Rejection, Accepted<Engagement, EngagementEvent>> outcome = commands
          .get((i / engagements.size()) % commands.size()).apply(engagement).handledBy(engagement);
      engagementOutcomes.add(outcome.isRight() ? 1 : 0);
      outcome.swap().forEach(rejection -> rejections.add(rejection.kind()));
    }
    // then: the shared inputs reach every verdict, many stages, acceptances and rejections
    assertThat(verdicts).hasSize(3);
    assertThat(stages.size()).isGreaterThanOrEqualTo(6);
    assertThat(engagementOutcomes).containsExactlyInAnyOrder(0, 1);
    assertThat(rejections).contains(Rejection.Kind.VERSION_CONFLICT);
  }

  /** One decision, by its index: which shared value is asked, and with what, follows from i. */
  private int decide(int i) {
    int n = i / 7;
    switch (i % 7) {
      case 0: {
        Policy policy = POLICIES.get(n % POLICIES.size());
        return policy.evaluate(facts.get((n / POLICIES.size()) % facts.size())).hashCode();
      }
      case 1:
      case 2: {
        Policy policy = POLICIES.get(n % POLICIES.size());
        return policy.verdict(facts.get((n / POLICIES.size()) % facts.size())).ordinal();
      }
      case 3: {
        WorkingCalendar calendar = CALENDARS.get(n % CALENDARS.size());
        return calendar.isWorked(dates.get((n / CALENDARS.size()) % dates.size())) ? 1 : 0;
      }
      case 4: {
        Programme programme = CATALOGUE.programme(CATALOGUE.ids().get(n % CATALOGUE.ids().size()))
            .get();
        return 31 * programme.id().hashCode()
            + programme.policy().verdict(facts.get((n / 5) % facts.size())).ordinal();
      }
      case 5: {
        Programme programme = Programmes.all().get(n % Programmes.all().size());
        return programme.policy().verdict(facts.get((n / 5) % facts.size())).ordinal();
      }
      default: {
        int e = n % engagements.size();
        Asked asked = decided[e][(n / engagements.size()) % commands.size()];
        return outcome(asked.handledBy(engagements.get(e)));
      }
    }
  }

  /** A decision's result as a number: the rejection, or the new engagement with its events. */
  private static int outcome(Either<Rejection, Accepted<Engagement, EngagementEvent>> outcome) {
    return outcome.fold(rejection -> rejection.code().hashCode() * 31 + rejection.hashCode(),
        accepted -> accepted.events().hashCode() * 31 + accepted.state().hashCode());
  }

  // ---------------------------------------------------------------------------------------------
  // the shared inputs

  private static io.vavr.control.Option<Structure> structure(Random random) {
    StructureBuilder b = Structure.builder().name("S" + random.nextInt(1000));
    if (random.nextInt(4) == 0) {
      b.country("CH").canton(CANTONS[random.nextInt(CANTONS.length)]);
    } else {
      b.country("FR").departement(DEPARTEMENTS[random.nextInt(DEPARTEMENTS.length)]);
    }
    String[] forms = {"ASSOCIATION", "FOUNDATION", "COMPANY", "COOPERATIVE", "PUBLIC_BODY", ""};
    String form = forms[random.nextInt(forms.length)];
    if (!form.isEmpty()) {
      b.legalForm(form);
    }
    if (random.nextBoolean()) {
      b.casfItems(String.valueOf(1 + random.nextInt(17)));
    }
    String[] funders = {"P177", "P304", "ARS", "P157|ARS", "P177|ARS", ""};
    String funder = funders[random.nextInt(funders.length)];
    if (!funder.isEmpty()) {
      b.fundingSources(funder);
    }
    if (random.nextBoolean()) {
      b.headcount(1 + random.nextInt(3000));
    }
    int representation = random.nextInt(3);
    if (representation < 2) {
      b.staffRepresentation(representation == 0);
    }
    return b.build().toOption();
  }

  private static final FacilitatorId CLAIRE = FacilitatorId.of("claire").get();
  private static final Actor FACILITATOR = new Actor.Facilitator(CLAIRE);
  private static final Actor OPERATOR = new Actor.Operator("aract");

  private static Actor party(PartyRole role) {
    return new Actor.Party(role, PartyId.of(role.name().toLowerCase()).get());
  }

  private static Stamp at(Actor actor, Engagement engagement, int days) {
    LocalDate day = EngagementDemo.storyOf(engagement.programme().id()).day();
    return Stamp.of(actor, LocalDateTime.of(day.plusDays(days), java.time.LocalTime.NOON));
  }

  /**
   * A command with the version of the engagement its actor saw: handled as a host handles a
   * command from a screen, refused when the engagement has moved on.
   */
  private record Asked(EngagementCommand command, long seenVersion) {
    Either<Rejection, Accepted<Engagement, EngagementEvent>> handledBy(Engagement engagement) {
      return engagement.handle(command, seenVersion);
    }
  }

  /** A command asked on the engagement's current version. */
  private static Function<Engagement, Asked> current(
      Function<Engagement, EngagementCommand> command) {
    return e -> new Asked(command.apply(e), e.version());
  }

  /** Each command of the story, as a function of the engagement it is decided on. */
  private static Array<Function<Engagement, Asked>> commands() {
    java.util.List<Function<Engagement, EngagementCommand>> story = new ArrayList<>();
    story.add(e -> new RecordPreDiagnosis(at(FACILITATOR, e, 7), new PreDiagnosis(
        PartyRole.MANAGEMENT, e.programme().contexts().head(),
        HashSet.of(SignOfTension.MISTRUST), e.programme().proposableFormats().head())));
    story.add(e -> new Qualify(at(OPERATOR, e, 10), EligibilityRecord.of(
        e.programme().policy().evaluate(Facts.of(e.structure())
            .requestDate(EngagementDemo.storyOf(e.programme().id()).day())),
        EngagementDemo.storyOf(e.programme().id()).day())));
    story.add(e -> new AssignFacilitators(at(OPERATOR, e, 11),
        EngagementDemo.staffOf(e.programme())));
    story.add(e -> new ProposeFraming(at(FACILITATOR, e, 14), new Framing(
        "rétablir un dialogue", "entretiens", "confidentialité", "10 jours",
        LinkedHashMap.ofEntries(e.programme().consentingParties()
            .map(r -> Tuple.of(r, Participation.VOLUNTARY))))));
    story.add(e -> new GiveConsent(at(party(e.missingConsents().headOption()
        .getOrElse(PartyRole.MANAGEMENT)), e, 17)));
    story.add(e -> new ConfirmFraming(at(FACILITATOR, e, 48)));
    story.add(e -> new StartIntervention(at(FACILITATOR, e, 60),
        EngagementDemo.storyOf(e.programme().id()).day().plusDays(200)));
    story.add(e -> new RecordSession(at(FACILITATOR, e, 61),
        Session.planned(EngagementDemo.storyOf(e.programme().id()).day().plusDays(61),
            SessionLength.WHOLE_DAY),
        e.programme().consentingParties(), MeetingKind.SESSION));
    story.add(e -> new EndIntervention(at(FACILITATOR, e, 200)));
    story.add(e -> new RecordFollowUpReview(at(FACILITATOR, e, 400), "holds"));
    story.add(e -> new Close(at(FACILITATOR, e, 401), new Assessment("restored")));
    java.util.List<Function<Engagement, Asked>> all = new ArrayList<>();
    story.forEach(command -> all.add(current(command)));
    // never part of the story: a stale version, a suspension, a withdrawal
    all.add(e -> new Asked(new Suspend(at(party(PartyRole.MANAGEMENT), e, 62)),
        e.version() - 1));
    all.add(current(e -> new Suspend(at(party(PartyRole.MANAGEMENT), e, 62))));
    all.add(current(e -> new Withdraw(at(party(PartyRole.MANAGEMENT), e, 63))));
    return Array.ofAll(all);
  }

  /** Every programme's engagement at each step of its story: the shared engagements. */
  private Array<Engagement> engagements() {
    java.util.List<Engagement> all = new ArrayList<>();
    for (Programme programme : CATALOGUE.programmes()) {
      Structure structure = EngagementDemo.storyOf(programme.id()).structure();
      Engagement engagement = Engagement.start(programme,
          new RequestEngagement(EngagementId.of("E-" + programme.id()).get(),
              Stamp.of(party(PartyRole.MANAGEMENT), LocalDateTime.of(
                  EngagementDemo.storyOf(programme.id()).day(), java.time.LocalTime.NOON)),
              structure, Origin.parties(PartyRole.MANAGEMENT))).get().state();
      all.add(engagement);
      // the story's commands in order, consents repeated until none is missing
      for (int step = 0; step < commands.size() - 3; step++) {
        for (int again = 0; again < 4; again++) {
          Either<Rejection, Accepted<Engagement, EngagementEvent>> handled =
              commands.get(step).apply(engagement).handledBy(engagement);
          if (handled.isLeft()) {
            break;
          }
          engagement = handled.get().state();
          all.add(engagement);
          if (!(commands.get(step).apply(engagement).command() instanceof GiveConsent)) {
            break;
          }
        }
      }
    }
    return Array.ofAll(all);
  }
}
