package org.areso.examples;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Departement;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;
import org.areso.core.planning.Plan;
import org.areso.core.planning.PlanRequest;
import org.areso.core.planning.PlanViolation;
import org.areso.core.planning.Planner;
import org.areso.rules.CasfL3121;
import org.areso.rules.FinessCategories;
import org.areso.rules.Funders;
import org.areso.rules.calendar.FrenchCalendars;
import org.areso.rules.programme.Formats;

/**
 * The tour of the API in docs/GUIDE.md, as code that compiles and that {@code TourTest} runs: when the API
 * changes, this class breaks before the guide lies.
 */
final class Tour {

  private Tour() {}

  /** The kernel: a structure read from text, every reason at once. */
  static Validation<Seq<Reason>, Structure> kernel() {
    return Structure.builder()
        .name("CHRS Les Tilleuls")
        .siret("732 829 320 00074")
        .finess("750712184")
        .country("FR").departement("75")
        .casfItems("8")
        .fundingSources("P177|ARS")
        .staffRepresentation("")
        .build();
  }

  /** The legal data: a citation, a FINESS category's items, the State budget programmes. */
  static Seq<String> legalData() {
    FinessCategory category = FinessCategory.parse("214").get();
    return List.of(
        CasfL3121.reference(CasfItem.I_8).citation(),
        FinessCategories.find(category).map(e -> e.casfItems().mkString(",")).getOrElse(""),
        Funders.stateBudgetProgrammes().map(e -> e.source().code()).mkString(","));
  }

  /** Eligibility: a cited policy, evaluated on what is known, with what is still missing. */
  static Decision eligibility(Structure structure, LocalDate requestDay) {
    LegalReference casf = CasfL3121.ARTICLE;
    DateWindow window = DateWindow.of(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 4, 30)).get();
    Condition socialEstablishment = Rule.condition("isSocialEstablishment",
            Text.of("relève de l'article L.312-1", "falls under article L.312-1"),
            Fact.CASF_ITEMS, items -> !items.isEmpty())
        .citing(casf);
    Condition fundedByStateBudgetProgramme = Rule.condition("fundedByStateBudgetProgramme",
            Text.of("financé par un programme budgétaire de l'État",
                "funded by a State budget programme"),
            Fact.FUNDING_SOURCES, sources -> sources.exists(FundingSource::isStateBudgetProgramme))
        .citing(casf);
    Condition requestedInWindow = Rule.condition("requestedInWindow",
            Text.of("demandé entre juillet 2023 et avril 2024",
                "requested between July 2023 and April 2024"),
            Fact.REQUEST_DATE, window::contains)
        .citing(casf);
    Validation<Seq<Reason>, Policy> policy = Policy.of("areso-social-2023",
        Text.of("ARESO établissements sociaux", "ARESO social establishments"),
        List.of(socialEstablishment, fundedByStateBudgetProgramme, requestedInWindow));
    Facts facts = Facts.of(structure).requestDate(requestDay);
    return policy.get().evaluate(facts);
  }

  /** Planning: an accompaniment in Moselle, around a facilitator's unavailable day. */
  static Validation<Seq<PlanViolation>, Plan> planning() {
    PlanRequest request = PlanRequest.of(Formats.accompaniment(),
            FrenchCalendars.of(Departement.parse("57").get()),
            LocalDate.of(2024, 1, 8),
            DateWindow.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).get())
        .withUnavailable(FacilitatorId.of("consultant-1").get(),
            HashSet.of(LocalDate.of(2024, 3, 4)));
    return Planner.plan(request);
  }

  /**
   * Ethics: the audit of an engagement under its programme's charter, and a programme figure
   * released only over enough engagements. The guide's snippet is this method's body.
   */
  static Seq<Object> ethics(org.areso.core.engagement.Engagement engagement) {
    org.areso.core.ethics.Charter charter = engagement.programme().charter();
    org.areso.core.ethics.Audit audit = engagement.audit();
    audit.blocking();                 // never any for an engagement built from accepted commands
    audit.warnings();                 // low attendance, sessions held with one party alone
    audit.report(Language.FR);        // one line per principle, then its violations
    var released = charter.release(
        new org.areso.core.ethics.Aggregate("action_plans_adopted", 12, 4));  // Left: k = 5
    return io.vavr.collection.List.of(audit, released);
  }

  /** Prints the tour, for a person. */
  static String text(Language language) {
    Structure structure = kernel().get();
    return String.join("\n",
        legalData().mkString("\n"),
        eligibility(structure, LocalDate.of(2023, 9, 1)).explain(language),
        planning().fold(v -> v.mkString("\n"), plan -> plan.sessions().mkString("\n")));
  }
}
