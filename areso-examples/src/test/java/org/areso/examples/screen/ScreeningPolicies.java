package org.areso.examples.screen;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.areso.rules.CasfL3121;

/**
 * A test programme, {@value #ID}, shaped like ARESO for social establishments: a CASF L.312-1
 * item, a State budget programme among the funders, a request between July 2023 and April 2024.
 * {@link ScreeningProgramme} carries it, for the command's tests.
 */
public final class ScreeningPolicies {

  /** The test programme's identifier. */
  public static final String ID = "screening-test";

  /** Needed by ServiceLoader. */
  public ScreeningPolicies() {}

  static Policy policy() {
    return new ScreeningPolicies().policies().head().get();
  }

  /** The test programme's policy, as built. @return the policy, or why it was refused */
  public Seq<Validation<Seq<Reason>, Policy>> policies() {
    DateWindow window = DateWindow.of(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 4, 30)).get();
    Condition socialEstablishment = Rule.condition("isSocialEstablishment",
            Text.of("relève de l'article L.312-1", "falls under article L.312-1"),
            Fact.CASF_ITEMS, items -> !items.isEmpty())
        .citing(CasfL3121.ARTICLE);
    Condition funded = Rule.condition("fundedByStateBudgetProgramme",
            Text.of("financé par un programme budgétaire de l'État",
                "funded by a State budget programme"),
            Fact.FUNDING_SOURCES, sources -> sources.exists(FundingSource::isStateBudgetProgramme))
        .citing(CasfL3121.ARTICLE);
    Condition inWindow = Rule.condition("requestedInWindow",
            Text.of("demandé entre juillet 2023 et avril 2024",
                "requested between July 2023 and April 2024"),
            Fact.REQUEST_DATE, window::contains)
        .citing(CasfL3121.ARTICLE);
    return List.of(Policy.of(ID, Text.of("Programme de test", "Test programme"),
        List.of(socialEstablishment, funded, inWindow)));
  }
}
