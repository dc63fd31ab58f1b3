package org.areso.json;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.EligibilityReason;
import org.areso.core.eligibility.Explanation;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.CallForApplications;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.ethics.Audit;
import org.areso.core.ethics.Charter;
import org.areso.core.ethics.EthicsReason;
import org.areso.core.ethics.Severity;
import org.areso.core.ethics.Violation;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Text;
import org.areso.core.kernel.Tie;
import org.areso.core.lifecycle.PathStep;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Unmet;
import org.areso.rules.programme.Charters;

/**
 * The outcomes the golden files under {@code golden/outcome/} were written from: a decision that
 * holds a reason of every type, each kind of rejection, and an audit. Given by hand, so that they
 * change only when their types do.
 */
final class OutcomeFixtures {

  /** A fact a rule author declares, which a host gives the JSON form to read it back. */
  static final Fact<Boolean> WORKS_COUNCIL = Fact.of("works_council", Boolean.class,
      Text.of("La structure a-t-elle un comité social et économique ?",
          "Does the structure have a social and economic committee?"));

  /** A JSON form that knows {@link #WORKS_COUNCIL}. */
  static final AresoJson JSON = AresoJson.builder().declaredFact(WORKS_COUNCIL).build();

  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private static final LegalReference CASF = LegalReference.builder().code("CASF")
      .article("L.312-1").item("I 8°").url("https://www.legifrance.gouv.fr/").verified(true)
      .build().get();

  private static final LegalReference PAGE = LegalReference.builder().page().code("Anact")
      .article("Areso pour les structures du secteur social").item("structures éligibles")
      .build().get();

  private OutcomeFixtures() { }

  private static DateWindow window(int fromYear, int toYear) {
    return DateWindow.of(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31)).get();
  }

  /** Every type of reason, a condition both met where it must fail and unmet where it must hold. */
  static List<EligibilityReason> reasons() {
    return List.of(
        new EligibilityReason.ConditionNotMet("casf-item",
            Text.of("relève du 8° du I de l'article L.312-1 du CASF",
                "falls under CASF L.312-1 I 8°"), Option.some(CASF), "casf_items", "2°", true),
        new EligibilityReason.ConditionNotMet("not-public",
            Text.of("n'est pas un établissement public", "is not a public body"), Option.none(),
            "legal_form", "PUBLIC_BODY", false),
        new EligibilityReason.FactMissing(WORKS_COUNCIL.name(), WORKS_COUNCIL.question()),
        new EligibilityReason.RuleNotInForce("call-2023", window(2023, 2023), DAY,
            Option.some(PAGE)),
        new EligibilityReason.DerogationApplied("headcount", "large associations",
            Option.some(CASF)),
        new EligibilityReason.DerogationsConflict("region", List.of("Brittany pilot"),
            List.of("outside the call", "closed region")),
        new EligibilityReason.EmptyPolicy("empty-policy"),
        new EligibilityReason.EmptyComposition("any-of-nothing"),
        new EligibilityReason.RuleWithoutReference("unreferenced"),
        new EligibilityReason.DuplicateRuleName("casf-item", 2),
        new EligibilityReason.DerogationNeverApplies("call-2023", "extension",
            Text.of("hors de la période de la règle", "outside the rule's period")),
        new EligibilityReason.DerogationsAlwaysConflict("region", "Brittany pilot",
            "outside the call"),
        new EligibilityReason.ParameterWithoutValue("max-headcount"),
        new EligibilityReason.ParameterPeriodsOverlap("max-headcount", window(2023, 2024),
            window(2024, 2025)),
        new EligibilityReason.FactWrongType(WORKS_COUNCIL.name(), "Boolean", "String"),
        new EligibilityReason.FactNotDeclared(Fact.HEADCOUNT.name()));
  }

  /** The decision {@code golden/outcome/Decision-v2.json} was written from. */
  static Decision decision() {
    Explanation council = new Explanation("works-council",
        Text.of("a un comité social et économique", "has a social and economic committee"),
        Option.none(), Verdict.UNDETERMINED, List.of("works_council = ?"), Option.none(),
        List.empty());
    Explanation headcount = new Explanation("headcount",
        Text.of("compte au moins 11 salariés", "employs at least 11 people"), Option.some(PAGE),
        Verdict.UNDETERMINED, List.of("headcount = ?"),
        Option.some(Text.of("une dérogation s'applique", "a derogation applies")),
        List.of(council));
    Explanation casf = new Explanation("casf-item",
        Text.of("relève du 8° du I de l'article L.312-1 du CASF",
            "falls under CASF L.312-1 I 8°"), Option.some(CASF), Verdict.NOT_ELIGIBLE,
        List.of("casf_items = 2°"), Option.none(), List.empty());
    Explanation root = new Explanation("areso-social",
        Text.of("éligible au programme", "eligible for the programme"), Option.none(),
        Verdict.NOT_ELIGIBLE, List.empty(), Option.none(), List.of(casf, headcount));
    return new Decision("areso-social-2023", Verdict.NOT_ELIGIBLE,
        List.of(Fact.HEADCOUNT, WORKS_COUNCIL), reasons(), root);
  }

  /** A rejection of each kind, as {@code golden/outcome/Rejection-v2-<kind>.json} holds it. */
  static List<Rejection> rejections() {
    Unmet consent = Unmet.awaiting(
        new EngagementReason.ConsentMissing(PartyRole.STAFF_REPRESENTATIVES),
        PartyRole.STAFF_REPRESENTATIVES).foundBy("consentGiven");
    return List.of(
        new Rejection.NotApplicable(Option.some(EngagementStage.QUALIFIED),
            EngagementCommand.ConfirmFraming.class,
            List.of(EngagementCommand.ProposeFraming.class, EngagementCommand.Withdraw.class),
            List.of(new PathStep(EngagementStage.QUALIFIED,
                    EngagementCommand.ProposeFraming.class, List.empty()),
                new PathStep(EngagementStage.AWAITING_CONSENT,
                    EngagementCommand.ConfirmFraming.class, List.of(consent)))),
        new Rejection.PreconditionsUnmet(Option.some(EngagementStage.AWAITING_CONSENT),
            EngagementCommand.ConfirmFraming.class, List.of(consent, Unmet.because(
                new EngagementReason.CallNotOpen("CALL-2024", CallForApplications.Status.CLOSED,
                    DAY.minusMonths(2), DAY.minusDays(1), DAY)).foundBy("callOpen"))),
        new Rejection.VersionConflict(3, 4));
  }

  /** The golden file's name of a rejection: {@code Rejection-v2-<kind>.json}. */
  static String rejectionFile(Rejection rejection) {
    return "outcome/Rejection-v" + OutcomeWriter.CURRENT + "-" + rejection.kind() + ".json";
  }

  /** The audit {@code golden/outcome/Audit-v2.json} was written from. */
  static Audit audit() {
    Charter charter = Charters.areso();
    return new Audit(charter, List.of(
        new Violation(charter.articles().head().principle(), Severity.BLOCKING,
            new EthicsReason.ConsentMissing(PartyRole.STAFF_REPRESENTATIVES),
            charter.articles().head(), charter.source()),
        new Violation(charter.articles().last().principle(), Severity.WARNING,
            new EthicsReason.LowAttendance(PartyRole.MANAGEMENT, 1, 4, 75),
            charter.articles().last(), charter.source()),
        new Violation(charter.articles().head().principle(), Severity.BLOCKING,
            new EthicsReason.FacilitatorTied(FacilitatorId.of("fac-1").get(), Tie.Kind.EMPLOYMENT,
                Option.some(PartyId.of("dir-1").get())),
            charter.articles().head(), charter.source()),
        new Violation(charter.articles().last().principle(), Severity.WARNING,
            new EthicsReason.ActionNotValidated("A-1",
                LinkedHashSet.of(PartyRole.STAFF_REPRESENTATIVES)),
            charter.articles().last(), charter.source())));
  }
}
