package org.areso.rules.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.Country;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;
import org.areso.core.kernel.Text;

/**
 * Who may set up a {@code workplace-social-service} (service social du travail, seed 004): an
 * employer in France, that is a structure in France with at least one employee.
 *
 * <p>The labour code's threshold (article L.4631-1: a social service in every establishment of 250
 * employees or more) is <em>not</em> a condition of eligibility — a smaller employer may set one up
 * voluntarily. It is reported by {@link #obligationOfSocialService(int)}. Immutable and
 * thread-safe.
 */
public final class WorkplaceSocialServicePolicy {

  /** The policy's identifier. */
  public static final String ID = "workplace-social-service";

  /** The headcount from which the labour code requires the service. */
  public static final int OBLIGATION_THRESHOLD = 250;

  /** The presentation of the workplace social worker (seed 004), read. */
  static final LegalReference PRESENTATION = Sources.text(
      "Service social du travail (SocialDirect)",
      "L'assistant social du travail pour des relations sociales en entreprise de qualité", true);
  /** Labour code L.4631-1; its wording was not read in Légifrance here. */
  static final LegalReference LABOUR_CODE = Sources.text("Code du travail", "L.4631-1", false);

  /** The structure is in France. */
  static final Condition IN_FRANCE = Rule.condition("locatedInFrance",
      Text.of("l'employeur est établi en France", "the employer is in France"),
      Fact.COUNTRY, country -> country == Country.FR).citing(PRESENTATION);
  /** The structure employs at least one person. */
  static final Condition EMPLOYER = Rule.condition("employsStaff",
      Text.of("la structure emploie au moins un salarié",
          "the structure employs at least one person"),
      Fact.HEADCOUNT, headcount -> headcount > 0).citing(PRESENTATION);

  private static final Validation<Seq<Reason>, Policy> BUILT = Policy.of(ID,
      Text.of("Service social du travail", "Workplace social service"),
      List.of(IN_FRANCE, EMPLOYER));

  private WorkplaceSocialServicePolicy() {}

  /**
   * The policy of {@code workplace-social-service}: an employer in France, whatever its size.
   *
   * @return the policy, never null
   * @throws IllegalStateException if the policy's own rules were refused (a programmer error)
   */
  public static Policy policy() {
    return Sources.orFail(BUILT, ID);
  }

  /**
   * Whether the labour code (L.4631-1) obliges an establishment of this headcount to organise a
   * workplace social service: from {@value #OBLIGATION_THRESHOLD} employees on.
   *
   * @param headcount the establishment's usual headcount, zero or more
   * @return the obligation, {@code REQUIRED} or {@code NOT_REQUIRED}, never null
   * @throws IllegalArgumentException if headcount is negative (a programmer error: a headcount
   *     read from a host goes through {@link StructureBuilder#headcount(String)})
   */
  public static SocialServiceObligation obligationOfSocialService(int headcount) {
    if (headcount < 0) {
      throw new IllegalArgumentException("a headcount is zero or more: " + headcount);
    }
    return new SocialServiceObligation(headcount >= OBLIGATION_THRESHOLD
        ? SocialServiceObligation.Status.REQUIRED : SocialServiceObligation.Status.NOT_REQUIRED,
        Option.some(headcount), OBLIGATION_THRESHOLD, LABOUR_CODE);
  }

  /**
   * Whether the labour code obliges this structure to organise a workplace social service; unknown
   * when its headcount is.
   *
   * @param structure the structure, not null
   * @return the obligation, never null
   * @throws NullPointerException if structure is null (a programmer error)
   */
  public static SocialServiceObligation obligationOfSocialService(Structure structure) {
    return requireNonNull(structure, "structure").headcount()
        .map(WorkplaceSocialServicePolicy::obligationOfSocialService)
        .getOrElse(() -> new SocialServiceObligation(SocialServiceObligation.Status.UNKNOWN,
            Option.none(), OBLIGATION_THRESHOLD, LABOUR_CODE));
  }

  /** The policy as built, for the provider. */
  static Validation<Seq<Reason>, Policy> built() {
    return BUILT;
  }
}
