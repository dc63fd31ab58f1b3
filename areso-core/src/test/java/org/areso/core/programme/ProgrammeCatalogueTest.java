package org.areso.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.time.Period;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.ethics.Charter;
import org.areso.core.ethics.Principle;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Text;
import org.areso.core.engagement.Workflow;
import org.junit.jupiter.api.Test;

class ProgrammeCatalogueTest {

  private static final LegalReference CALL = LegalReference.builder().code("Appel")
      .article("1").build().get();

  /** The smallest programme a rule author can write: only what has no default. */
  private record Minimal(String id, boolean tripartite) implements Programme {
    @Override
    public Text name() {
      return Text.of("programme " + id, "programme " + id);
    }

    @Override
    public Policy policy() {
      return Policy.of(id, name(), List.of(Rule.condition("large", Text.of("grande", "large"),
          Fact.HEADCOUNT, n -> n > 10).citing(CALL))).get();
    }

    @Override
    public Set<FormatId> formats() {
      return LinkedHashSet.of(FormatId.of("ipr").get());
    }

    @Override
    public Charter charter() {
      return Charter.builder(id, CALL).article(Principle.FREEDOM, Text.of("liberté", "freedom"))
          .build().get();
    }

    @Override
    public Workflow workflow() {
      return tripartite ? TRIPARTITE : Workflow.standard();
    }
  }

  private static final Workflow TRIPARTITE = Workflow.builder("tripartite")
      .consentOf(LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES,
          PartyRole.GOVERNANCE))
      .build().get();

  /** A programme that keeps every default. */
  private record Defaults(String id) implements Programme {
    @Override
    public Text name() {
      return Text.of(id, id);
    }

    @Override
    public Policy policy() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Set<FormatId> formats() {
      return LinkedHashSet.empty();
    }

    @Override
    public Charter charter() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Workflow workflow() {
      return Workflow.standard();
    }
  }

  @Test
  void looksProgrammesUpByIdentifierInTheOrderOfTheProviders() {
    // given
    Programme social = new Minimal("social", false);
    Programme medico = new Minimal("medico", true);
    ProgrammeProvider first = () -> List.of(social);
    ProgrammeProvider second = () -> List.of(medico);
    // when
    ProgrammeCatalogue catalogue = ProgrammeCatalogue.of(List.of(first, second)).get();
    // then
    assertThat(catalogue.ids()).containsExactly("social", "medico");
    assertThat(catalogue.programmes()).containsExactly(social, medico);
    assertThat(catalogue.programme("medico").get()).isSameAs(medico);
    assertThat(catalogue.programme("soreso").isEmpty()).isTrue();
    assertThat(catalogue).hasToString("ProgrammeCatalogue[social, medico]");
  }

  @Test
  void refusesEveryIdentifierTwoProgrammesShareInAlphabeticalOrder() {
    // given
    ProgrammeProvider provider = () -> List.of(new Minimal("zeta", false),
        new Minimal("alpha", false), new Minimal("zeta", true), new Minimal("alpha", true),
        new Minimal("unique", false));
    // when
    var result = ProgrammeCatalogue.of(List.of(provider));
    // then
    assertThat(result.getError()).containsExactly(new FieldReason.Duplicate("programme", "alpha"),
        new FieldReason.Duplicate("programme", "zeta"));
    assertThat(result.getError().head().message(Language.FR))
        .isEqualTo("Le champ « programme » contient deux fois « alpha » alors que les valeurs"
            + " doivent être distinctes.");
    assertThat(result.getError().head().message(Language.EN))
        .isEqualTo("Field 'programme' holds 'alpha' twice where the values must be distinct.");
  }

  @Test
  void anEmptyCatalogueHasNoProgramme() {
    // when
    ProgrammeCatalogue catalogue = ProgrammeCatalogue.of(List.empty()).get();
    // then
    assertThat(catalogue.ids()).isEmpty();
    assertThat(catalogue.programmes()).isEmpty();
    assertThat(catalogue).hasToString("ProgrammeCatalogue[]");
  }

  @Test
  void aProgrammeOnTheStandardWorkflowIsBipartiteWithAPreDiagnosisAndNoWindow() {
    // given
    Programme programme = new Defaults("p");
    // then
    assertThat(programme.durations()).isEmpty();
    assertThat(programme.contexts()).containsExactly(InterventionContext.values());
    assertThat(programme.workflow().staffing().kinds()).containsExactly(FacilitatorKind.values());
    assertThat(programme.workflow().staffing().pair()).isTrue();
    assertThat(programme.consentingParties())
        .containsExactly(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);
    assertThat(programme.workflow().preDiagnosisRequired()).isTrue();
    assertThat(programme.workflow().actionPlanToEnd()).isTrue();
    assertThat(programme.workflow().followUpReviewToClose()).isTrue();
    assertThat(programme.consentDelay()).isEqualTo(Period.ofDays(30));
    assertThat(programme.followUpDelay()).isEqualTo(Period.ofMonths(6));
    assertThat(programme.window().isEmpty()).isTrue();
    assertThat(programme.windowNotice()).isEqualTo(Period.ofDays(30));
  }

  @Test
  void aTripartiteProgrammeAlsoAsksTheGovernanceToConsent() {
    // given
    Programme programme = new Minimal("medico", true);
    // then
    assertThat(programme.consentingParties()).containsExactly(PartyRole.MANAGEMENT,
        PartyRole.STAFF_REPRESENTATIVES, PartyRole.GOVERNANCE);
    assertThat(programme.policy().id()).isEqualTo("medico");
    assertThat(programme.formats()).containsExactly(FormatId.of("ipr").get());
    assertThat(programme.charter().programme()).isEqualTo("medico");
  }
}
