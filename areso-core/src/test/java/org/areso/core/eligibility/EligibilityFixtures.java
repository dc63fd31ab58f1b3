package org.areso.core.eligibility;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.YearMonth;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;

/** An example policy resembling areso-social-2023; the real catalogue lives in areso-rules. */
final class EligibilityFixtures {

  static final LegalReference CASF = LegalReference.builder().code("CASF").article("L.312-1")
      .item("I").verified(true).build().get();
  static final LegalReference LOLF = LegalReference.builder().code("LOLF").article("7")
      .build().get();
  static final LegalReference CALL = LegalReference.builder().code("Appel à candidatures Anact")
      .article("2023").build().get();

  static final DateWindow REQUESTS =
      DateWindow.months(YearMonth.of(2023, 7), YearMonth.of(2024, 4)).get();
  static final DatedParameter<DateWindow> REQUEST_WINDOW = DatedParameter.<DateWindow>named(
      "request_window").value(REQUESTS.start(), REQUESTS.end(), REQUESTS, CALL).build().get();

  static final Condition CASF_ITEM_KNOWN = Rule.condition("isSocialEstablishment",
      Text.of("relève d'une catégorie de l'article L.312-1", "falls under an item of L.312-1"),
      Fact.CASF_ITEMS, items -> !items.isEmpty()).citing(CASF);
  static final Condition FUNDED_BY_STATE = Rule.condition("fundedByStateBudgetProgramme",
      Text.of("est financée par un programme du budget de l'État",
          "is funded by a State budget programme"),
      Fact.FUNDING_SOURCES, sources -> sources.exists(FundingSource::isStateBudgetProgramme))
      .citing(LOLF);
  static final Condition REQUESTED_IN_WINDOW = Rule.condition("requestedInWindow",
      Text.of("demande faite pendant la fenêtre de l'appel", "requested during the call's window"),
      Fact.REQUEST_DATE, REQUEST_WINDOW, (LocalDate date, DateWindow w) -> w.contains(date))
      .citing(CALL);

  static final Seq<Rule> SOCIAL_2023_RULES =
      List.of(CASF_ITEM_KNOWN, FUNDED_BY_STATE, REQUESTED_IN_WINDOW);

  private EligibilityFixtures() {}

  static Validation<Seq<Reason>, Policy> social2023() {
    return Policy.of("areso-social-2023", Text.of("ARESO établissements sociaux 2023",
        "ARESO social establishments 2023"), SOCIAL_2023_RULES);
  }

  static Structure structure(String casfItems, String funding) {
    return Structure.builder().name("CHRS Les Tilleuls").casfItems(casfItems)
        .fundingSources(funding).build().get();
  }

  static Facts chrs(String funding, LocalDate date) {
    return Facts.of(structure("8", funding)).requestDate(date);
  }

  static Structure unknownStructure() {
    return Structure.builder().build().get();
  }

  static CasfItem item() {
    return CasfItem.I_8;
  }
}
