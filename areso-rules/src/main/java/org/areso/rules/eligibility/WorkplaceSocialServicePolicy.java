package org.areso.rules.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;

/**
 * Who may set up a {@code workplace-social-service} (service social du travail, seed 004): an
 * employer in France, that is a structure in France with at least one employee.
 *
 * <p>The labour code's threshold (article L.4631-1: a social service in every establishment of 250
 * employees or more) is <em>not</em> a condition of eligibility — a smaller employer may set one up
 * voluntarily. It is reported by {@link #obligationOfSocialService(int)}.
 *
 * <p>The rules are written in the policy file
 * {@code org/areso/rules/policies/workplace-social-service.yaml}, their single source, read once
 * when this class is initialised; the obligation, which is not eligibility, is computed here.
 * Immutable and thread-safe.
 */
public final class WorkplaceSocialServicePolicy {

  /** The policy's identifier. */
  public static final String ID = "workplace-social-service";

  /** The headcount from which the labour code requires the service. */
  public static final int OBLIGATION_THRESHOLD = 250;

  /** Labour code L.4631-1; its wording was not read in Légifrance here. */
  static final LegalReference LABOUR_CODE = Sources.text("Code du travail", "L.4631-1", false);

  private static final Policy POLICY = PolicyFiles.read(ID);

  private WorkplaceSocialServicePolicy() {}

  /**
   * The policy of {@code workplace-social-service}: an employer in France, whatever its size.
   *
   * @return the policy read from its file, the same at every call, never null
   */
  public static Policy policy() {
    return POLICY;
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
}
