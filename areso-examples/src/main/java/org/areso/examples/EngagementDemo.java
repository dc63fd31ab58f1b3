package org.areso.examples;

import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Facts;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.CallForApplications;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.*;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.FunderReport;
import org.areso.core.engagement.IntersessionWork;
import org.areso.core.engagement.Obligation;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.SignOfTension;
import org.areso.core.engagement.Staffing;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.Aggregate;
import org.areso.core.ethics.Article;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.InformationItem;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Participation;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.ethics.Violation;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import java.util.Locale;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Qualification;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;
import org.areso.core.kernel.Tie;
import org.areso.core.kernel.Actor;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.Format;
import org.areso.core.planning.Plan;
import org.areso.core.planning.PlanRequest;
import org.areso.core.planning.PlanViolation;
import org.areso.core.planning.Planner;
import org.areso.core.planning.Session;
import org.areso.core.planning.WorkingCalendar;
import org.areso.core.programme.Programme;
import org.areso.rules.calendar.FrenchCalendars;
import org.areso.rules.calendar.SwissCalendars;
import org.areso.rules.programme.AuraDialogueQvt;
import org.areso.rules.programme.CohortIndicators;

/**
 * The whole story of one engagement under a programme of the catalogue, for a person to read: the
 * structure's eligibility with its explanation, the charter at work, the call for applications
 * and the selection where the programme has one, the plan with its dates, every command with its
 * event or rejection through to the closing assessment, the obligations at a few dates, the
 * cohort's indicators where there is a cohort, and the final audit.
 */
final class EngagementDemo {

  /** A structure the programme finds eligible, and the day it asks. */
  record Story(Structure structure, LocalDate day) { }

  private final PrintStream out;
  /** What the facilitators disclose: the minutes of the sessions. */
  private static final Text MINUTES = Text.of("compte rendu des séances",
      "minutes of the sessions", "Protokoll der Sitzungen", "verbale delle sedute");

  private final Locale language;
  private final Page page;
  private final Programme programme;
  private final Story story;
  private Engagement engagement;

  EngagementDemo(PrintStream out, Locale language, Programme programme) {
    this.out = out;
    this.language = language;
    this.page = new Page(out, language);
    this.programme = programme;
    this.story = storyOf(programme.id());
    this.staff = staffOf(programme);
  }

  /** Who the programme's staffing asks for: claire and karim, or claire alone. */
  private final Facilitators staff;

  /**
   * The facilitators a programme's workflow asks for: a pair of its first and last kinds (claire
   * and karim), or one professional of its first kind (claire); each carrying every qualification
   * the workflow requires.
   */
  static Facilitators staffOf(Programme programme) {
    Staffing staffing = programme.workflow().staffing();
    Facilitator claire = carrying(Facilitator.of(CLAIRE_ID, staffing.kinds().head()), staffing);
    return staffing.pair()
        ? Facilitators.pair(claire, carrying(Facilitator.of(FacilitatorId.of("karim").get(),
            staffing.kinds().last()), staffing)).get()
        : Facilitators.one(claire);
  }

  private static Facilitator carrying(Facilitator facilitator, Staffing staffing) {
    return staffing.qualifications().foldLeft(facilitator, Facilitator::withQualification);
  }

  /** The structure each programme of the catalogue hears from, on a day its window accepts. */
  static Story storyOf(String programme) {
    return switch (programme) {
      case "areso" -> new Story(Structure.builder().name("Atelier Rhône Mécanique")
          .siret("732 829 320 00074").country("FR").departement("69").legalForm("COMPANY")
          .headcount(120).staffRepresentation(true).build().get(), LocalDate.of(2024, 3, 1));
      case "soreso" -> new Story(Structure.builder().name("EMS Les Cerisiers").country("CH")
          .canton("VD").legalForm("FOUNDATION").headcount(80).build().get(),
          LocalDate.of(2024, 5, 13));
      case "aura-dialogue-qvt" -> new Story(Structure.builder().name("Association Les Volcans")
          .country("FR").departement("63").legalForm("ASSOCIATION").casfItems("8")
          .build().get(), LocalDate.of(2022, 9, 15));
      case "workplace-social-service" -> new Story(Structure.builder().name("Usine de Rouen")
          .country("FR").departement("76").legalForm("COMPANY").headcount(2000)
          .staffRepresentation(true).build().get(), LocalDate.of(2024, 1, 8));
      default -> new Story(Structure.builder().name("CHRS Les Tilleuls")
          .siret("732 829 320 00074").country("FR").departement("57")
          .casfItems("8").fundingSources("P177|ARS").build().get(), LocalDate.of(2023, 9, 4));
    };
  }

  private static final EngagementId ID = EngagementId.of("ACC-2023-042").get();
  private static final FacilitatorId CLAIRE_ID = FacilitatorId.of("claire").get();
  private static final Actor FACILITATOR = new Actor.Facilitator(CLAIRE_ID);
  private static final Actor OPERATOR = new Actor.Operator("aract");

  private static Actor party(PartyRole role) {
    return new Actor.Party(role, PartyId.of(role.name().toLowerCase()).get());
  }

  private Stamp at(Actor actor, LocalDate day) {
    return Stamp.of(actor, LocalDateTime.of(day, LocalTime.of(10, 0)));
  }

  void run() {
    LocalDate day = story.day();
    page.title(Text.of("Areso — l'histoire d'un accompagnement",
        "Areso — the story of an engagement", "Areso — die Geschichte einer Begleitung",
        "Areso — la storia di un accompagnamento"));
    out.println(programme.name().in(language) + " (" + programme.id() + ")");

    page.section(Text.of("1. Le programme et sa charte", "1. The programme and its charter",
        "1. Das Programm und seine Charta", "1. Il programma e la sua carta"));
    line(Text.of("Formats", "Formats", "Formate", "Formati"), programme.durations()
        .map(f -> f.name().in(language)).mkString(", "));
    line(Text.of("Accord requis de", "Consent required from", "Zustimmung nötig von",
        "Consenso richiesto da"), programme.consentingParties()
        .map(r -> r.label().in(language)).mkString(", "));
    line(Text.of("Intervenants", "Facilitators", "Fachpersonen", "Facilitatori"), staffing());
    programme.window().forEach(w -> line(Text.of("Période", "Window", "Zeitraum", "Periodo"),
        w.start() + " → " + w.end()));
    for (Article article : programme.charter().articles()) {
      out.println("  • " + article.principle().label().in(language) + " — "
          + article.wording().in(language));
    }

    page.section(Text.of("2. La structure et son éligibilité",
        "2. The structure and its eligibility", "2. Die Struktur und ihre Berechtigung",
        "2. La struttura e la sua ammissibilità"));
    out.println("  " + story.structure().name().getOrElse("?") + ", "
        + Text.of("demande du ", "request of ", "Antrag vom ", "richiesta del ").in(language)
        + day);
    Decision decision = programme.policy().evaluate(Facts.of(story.structure()).requestDate(day));
    out.println(indent(decision.explain(language)));

    page.section(Text.of("3. Le déroulé, commande par commande",
        "3. The story, command by command", "3. Der Ablauf, Befehl für Befehl",
        "3. Lo svolgimento, comando per comando"));
    Option<CohortApplication> application = programme.workflow().selectionRequired()
        ? Option.some(selected(day)) : Option.none();
    engagement = Engagement.start(programme,
            new RequestEngagement(ID, at(party(PartyRole.MANAGEMENT), day), story.structure(),
                Origin.parties(PartyRole.MANAGEMENT)))
        .getOrElseThrow(r -> new IllegalStateException(r.message(Language.EN))).state();
    out.println("  ✔ RequestEngagement → EngagementRequested (v1)");
    for (CohortApplication selected : application) {
      decide(new Qualify(at(OPERATOR, day.plusDays(1)), EligibilityRecord.of(decision, day)));
      decide(new RecordSelection(at(OPERATOR, day.plusDays(2)), selected));
    }
    if (programme.workflow().preDiagnosisRequired()) {
      decide(new RecordPreDiagnosis(at(FACILITATOR, day.plusDays(7)),
          new PreDiagnosis(PartyRole.MANAGEMENT, programme.contexts().head(),
              HashSet.of(SignOfTension.MISTRUST, SignOfTension.UNSAID),
              programme.proposableFormats().head())));
    }
    decide(new Qualify(at(OPERATOR, day.plusDays(10)),
        EligibilityRecord.of(decision, day)));
    if (!programme.workflow().staffing().qualifications().isEmpty()) {
      decide(new AssignFacilitators(at(OPERATOR, day.plusDays(11)), Facilitators.of(
          staff.members().map(f -> new Facilitator(f.id(), f.kind(), f.ties()))).get()));
    }
    Facilitator lastMember = staff.members().last();
    Facilitators tied = Facilitators.of(staff.members().replace(lastMember,
        lastMember.withTie(Tie.withStructure(Tie.Kind.PAID_WORK,
            Option.of(DateWindow.of(day.minusYears(1), day.minusMonths(2)).get()))))).get();
    decide(new AssignFacilitators(at(OPERATOR, day.plusDays(11)), tied));
    decide(new AssignFacilitators(at(OPERATOR, day.plusDays(12)), staff));
    engagement.conduct().assignment().forEach(a -> out.println("    " + a.facilitators()
        .members().map(this::describe).mkString(" + ")));
    LocalDate framingDay = day.plusDays(14);
    decide(new ProposeFraming(at(FACILITATOR, framingDay), new Framing(
        "rétablir un dialogue de confiance", "entretiens puis séances paritaires",
        "confidentialité, parole libre", "10 jours sur 6 mois",
        LinkedHashMap.ofEntries(programme.consentingParties()
            .map(r -> Tuple.of(r, Participation.VOLUNTARY))))));
    Seq<PartyRole> parties = programme.consentingParties().toList();
    // the first party consents early, and the framing is confirmed too soon; where one party
    // alone consents, it is confirmed before it does
    Seq<PartyRole> early = parties.size() > 1 ? parties.take(1) : List.empty();
    for (PartyRole role : early) {
      decide(new GiveConsent(at(party(role), framingDay.plusDays(3))));
    }
    obligations(framingDay.plusDays(31));
    decide(new ConfirmFraming(at(FACILITATOR, framingDay.plusDays(32))));
    for (PartyRole role : parties.drop(early.size())) {
      decide(new GiveConsent(at(party(role), framingDay.plusDays(33))));
    }
    decide(new ConfirmFraming(at(FACILITATOR, framingDay.plusDays(34))));

    Option<Plan> planned = plan(framingDay.plusDays(40));
    if (planned.isEmpty()) {
      return;
    }
    Plan plan = planned.get();
    LocalDate start = plan.sessions().head().date();
    LocalDate last = plan.sessions().last().date();
    decide(new StartIntervention(at(FACILITATOR, start), last));
    decide(new RecordSession(at(FACILITATOR, start), plan.sessions().head(),
        HashSet.of(PartyRole.MANAGEMENT), MeetingKind.INTERVIEW));
    decide(new RecordContribution(at(FACILITATOR, start),
        new Contribution(CLAIRE_ID, start, Aspect.OPINION_ON_CONTENT,
            Sensitive.of("la direction a raison sur les plannings"))));
    decide(new RecordContribution(at(FACILITATOR, start),
        new Contribution(CLAIRE_ID, start, Aspect.PROCESS,
            Sensitive.of("tour de parole, reformulation"))));
    // working sessions gather the consenting parties; where management alone consents (a
    // workplace social service), its collective actions gather the teams too
    io.vavr.collection.Set<PartyRole> present = programme.consentingParties().size() > 1
        ? programme.consentingParties()
        : programme.consentingParties().add(PartyRole.NON_MANAGERIAL_STAFF);
    for (Session session : plan.sessions().tail()) {
      decide(new RecordSession(at(FACILITATOR, session.date()), session, present,
          MeetingKind.SESSION));
    }
    decide(new RecordIntersessionWork(at(FACILITATOR, last), new IntersessionWork(
        PartyRole.STAFF_REPRESENTATIVES, start.plusDays(7),
        Sensitive.of("relecture du registre de dialogue avec la direction"))));
    decide(new Disclose(at(FACILITATOR, last), new Disclosure(last,
        new InformationItem(MINUTES.in(language), Sensitivity.PARTIES,
            Sensitive.of("ce qui s'est dit")), Recipient.SUPERVISING_AUTHORITY)));
    decide(new Disclose(at(FACILITATOR, last), new Disclosure(last,
        new InformationItem(MINUTES.in(language), Sensitivity.PARTIES,
            Sensitive.of("ce qui s'est dit")), Recipient.PARTY)));
    decide(new AdoptActionPlan(at(party(PartyRole.MANAGEMENT), last),
        List.of(new ActionPlanItem("A-1", FACILITATOR, party(PartyRole.MANAGEMENT),
            programme.consentingParties()))));
    decide(new AdoptActionPlan(at(party(PartyRole.MANAGEMENT), last),
        List.of(new ActionPlanItem("A-1", party(PartyRole.MANAGEMENT),
                party(PartyRole.MANAGEMENT), programme.consentingParties()),
            new ActionPlanItem("A-2", party(PartyRole.STAFF_REPRESENTATIVES),
                party(PartyRole.MANAGEMENT), programme.consentingParties()))));
    decide(new EndIntervention(at(FACILITATOR, last)));
    LocalDate review = last.plus(programme.followUpDelay());
    obligations(review.plusDays(1));
    decide(new RecordFollowUpReview(at(FACILITATOR, review.plusDays(2)),
        Text.of("le dialogue tient", "the dialogue holds", "der Dialog hält",
            "il dialogo tiene").in(language)));
    decide(new Close(at(FACILITATOR, review.plusDays(3)), new Assessment(Text.of(
        "dialogue rétabli", "dialogue restored", "Dialog wiederhergestellt",
        "dialogo ristabilito").in(language))));

    cohort.forEach(this::indicators);
    page.section(Text.of("4. L'audit de la charte", "4. The charter's audit",
        "4. Die Prüfung der Charta", "4. La verifica della carta"));
    out.print(indent(engagement.audit().report(language)));
    out.println();
    funderReport();
    out.println(Text.of("Étape finale : ", "Final stage: ", "Letzte Phase: ", "Fase finale: ")
        .in(language) + engagement.stage() + ", v" + engagement.version());
  }

  /**
   * What the programme may tell its funder about this one engagement: nothing, each figure
   * withheld with its reason, since one engagement is fewer than the charter's k.
   */
  private void funderReport() {
    page.section(Text.of("5. Ce que le financeur reçoit", "5. What the funder is told",
        "5. Was der Geldgeber erfährt", "5. Ciò che il finanziatore riceve"));
    FunderReport report = FunderReport.of(programme, List.of(engagement));
    for (Aggregate figure : report.released()) {
      out.println("  " + figure.indicator() + " = " + figure.value());
    }
    for (Violation withheld : report.withheld()) {
      // the funder is told the indicator's name; why, with its count, is the host's
      out.println("  " + withheld.seen().get("indicator").getOrElse("?")
          + Text.of(" : non diffusé — pour l'hôte : ", ": withheld — for the host: ",
              ": zurückgehalten — für den Host: ", ": non diffuso — per l'host: ")
              .in(language)
          + withheld.reason().message(language));
    }
  }

  /** The plan of the programme's longest format, or none (with why) when it cannot be made. */
  private Option<Plan> plan(LocalDate from) {
    Format format = programme.durations().maxBy(f -> f.typicalDays()).get();
    WorkingCalendar calendar = story.structure().departement()
        .<WorkingCalendar>map(FrenchCalendars::of)
        .orElse(() -> story.structure().canton().map(SwissCalendars::of))
        .getOrElse(FrenchCalendars::metropolitan);
    PlanRequest request = PlanRequest.of(format, calendar, from,
        DateWindow.of(from, from.plusMonths(13)).get());
    io.vavr.control.Validation<Seq<PlanViolation>, Plan> made = Planner.plan(request);
    if (made.isInvalid()) {
      out.println("  ✘ " + format.name().in(language) + " — " + made.getError()
          .map(v -> v.message(language)).mkString(" "));
      return Option.none();
    }
    Plan plan = made.get();
    int sessions = plan.sessions().size();
    double days = plan.planned().halfDays() / 2.0;
    page.section(Text.of(
        "   Le plan : " + format.name().fr() + ", " + sessions + " séances, " + days + " jours",
        "   The plan: " + format.name().en() + ", " + sessions + " sessions, " + days + " days",
        "   Der Plan: " + format.name().in(Locale.GERMAN) + ", " + sessions + " Sitzungen, "
            + days + " Tage",
        "   Il piano: " + format.name().in(Locale.ITALIAN) + ", " + sessions + " sedute, "
            + days + " giorni"));
    out.println("    " + plan.sessions().map(s -> s.date().toString()).mkString(", "));
    return Option.of(plan);
  }

  /** The cohort the engagement answers: its call and the applications it received. */
  private record Cohort(CallForApplications call, Seq<CohortApplication> applications) { }

  private Option<Cohort> cohort = Option.none();

  /**
   * The call for applications the host launched, an application it refuses after the deadline,
   * and the association's application it received and selected.
   */
  private CohortApplication selected(LocalDate day) {
    CallForApplications call = new CallForApplications("AAC-" + day.getYear(),
        DateWindow.of(day.minusDays(60), day.minusDays(15)).get());
    line(Text.of("Appel à candidatures", "Call for applications", "Ausschreibung", "Bando"),
        call.reference() + ", "
        + call.open().start() + " → " + call.open().end());
    CohortApplication.start(call, new CohortApplication.Command.Apply("CAND-09",
            at(party(PartyRole.MANAGEMENT), day.minusDays(10)), CohortApplication.TRIPARTITE))
        .swap().forEach(r -> out.println("  ✘ Apply — " + r.message(language)));
    CohortApplication applied = CohortApplication.start(call, new CohortApplication.Command.Apply(
            "CAND-03", at(party(PartyRole.GOVERNANCE), day.minusDays(30)),
            CohortApplication.TRIPARTITE))
        .getOrElseThrow(r -> new IllegalStateException(r.message(Language.EN))).state();
    out.println("  ✔ Apply → Applied (" + applied.subject() + ", v1)");
    CohortApplication selected = applied.handle(
            new CohortApplication.Command.Select(at(OPERATOR, day.minusDays(7))))
        .getOrElseThrow(r -> new IllegalStateException(r.message(Language.EN))).state();
    out.println("  ✔ Select → Selected (" + selected.subject() + ", v2)");
    cohort = Option.some(new Cohort(call, List.of(selected)));
    return selected;
  }

  /** The cohort's key indicators, computed from its records. */
  private void indicators(Cohort c) {
    CohortIndicators i = AuraDialogueQvt.indicators(c.call(), c.applications(),
        List.of(engagement));
    page.section(Text.of("   Les indicateurs de la cohorte", "   The cohort's indicators",
        "   Die Kennzahlen der Kohorte", "   Gli indicatori della coorte"));
    line(Text.of("Lancement de l'appel", "Call launched", "Start der Ausschreibung",
        "Avvio del bando"), i.callLaunched().toString());
    line(Text.of("Candidatures reçues, retenues", "Applications received, selected",
        "Bewerbungen erhalten, ausgewählt", "Candidature ricevute, selezionate"),
        i.applicationsReceived() + ", " + i.applicationsSelected());
    line(Text.of("Associations accompagnées", "Associations accompanied",
        "Begleitete Vereine", "Associazioni accompagnate"), String.valueOf(i.accompanied()));
    line(Text.of("Clôtures avec bilan", "Closed with an assessment", "Abschlüsse mit Bilanz",
        "Chiusure con bilancio"), String.valueOf(i.closedWithAssessment()));
    line(Text.of("Expérimentation close", "Experiment closed", "Pilotversuch abgeschlossen",
        "Sperimentazione chiusa"), (i.experimentClosed() ? Text.of("oui", "yes", "ja", "sì")
            : Text.of("non", "no", "nein", "no")).in(language));
  }

  private void decide(EngagementCommand command) {
    Either<Rejection, Accepted<Engagement, EngagementEvent>> outcome =
        engagement.handle(command);
    String name = command.getClass().getSimpleName();
    if (outcome.isLeft()) {
      out.println("  ✘ " + name + " — " + outcome.getLeft().message(language));
      return;
    }
    engagement = outcome.get().state();
    for (EngagementEvent event : outcome.get().events()) {
      out.println("  ✔ " + name + " → " + event.getClass().getSimpleName() + " (v"
          + event.version() + ")");
    }
  }

  private void obligations(LocalDate on) {
    Seq<Obligation> due = engagement.obligations(on);
    out.println("  ⏰ " + Text.of("Obligations au ", "Obligations on ", "Pflichten am ",
        "Obblighi al ").in(language) + on + " : " + (due.isEmpty()
        ? Text.of("aucune", "none", "keine", "nessuno").in(language)
        : due.map(o -> o.kind().label().in(language)
            + o.party().map(p -> " (" + p.label().in(language) + ")").getOrElse("")
            + (o.overdue() ? Text.of(", en retard", ", overdue", ", überfällig",
                ", in ritardo").in(language) : ""))
            .mkString("; ")));
  }



  /** Who the workflow assigns: a pair or one professional, of which kinds, carrying what. */
  private String staffing() {
    Staffing staffing = programme.workflow().staffing();
    return (staffing.pair() ? Text.of("un binôme : ", "a pair: ", "ein Zweierteam: ",
            "una coppia: ")
            : Text.of("un seul professionnel : ", "one professional: ",
                "eine einzige Fachperson: ", "un solo professionista: ")).in(language)
        + staffing.kinds().map(k -> k.label().in(language)).mkString(", ")
        + (staffing.qualifications().isEmpty() ? "" : " — "
            + (staffing.pair() ? Text.of("chacun : ", "each: ", "jede: ", "ciascuno: ")
                .in(language) : "")
            + staffing.qualifications().map(this::qualification).mkString(", "));
  }

  /** A facilitator as the demo shows them: identifier, kind, qualifications. */
  private String describe(Facilitator f) {
    return f.id() + " (" + f.kind().label().in(language)
        + f.qualifications().map(q -> ", " + qualification(q)).mkString() + ")";
  }

  private String qualification(Qualification q) {
    return q.label().in(language) + q.reference().map(r -> ", " + r.citation()).getOrElse("");
  }

  private void line(Text label, String value) {
    out.println("  " + label.in(language) + " : " + value);
  }

  private static String indent(String text) {
    return text.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElse("");
  }
}
