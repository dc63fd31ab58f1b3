package org.areso.rules.eligibility;

import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.Text;

/**
 * Who may apply to {@code aura-dialogue-qvt} (« Dialogue social, levier de l'amélioration de la
 * qualité de vie au travail », seed 003): a private non-profit body (association, foundation,
 * mutual, or another legal form the host declares {@link #PRIVATE_NON_PROFIT}) of the health,
 * social and medico-social sector in Auvergne-Rhône-Alpes.
 *
 * <p>The call for applications is not part of eligibility: the seed gives none of its dates, so
 * the library invents none; the host gives them in a {@link
 * org.areso.core.engagement.CallForApplications}, which receives the applications. The sector is
 * recognised by CASF L.312-1 I items or by a FINESS category, FINESS being the register of health,
 * social and medico-social establishments. Selection among the applicants (a cohort of four in the
 * seed) is not eligibility.
 *
 * <p>The rules are written in the policy file {@code org/areso/rules/policies/aura-dialogue-qvt.yaml},
 * their single source, read once when this class is initialised; the file's declared fact
 * {@code private_non_profit} is {@link #PRIVATE_NON_PROFIT}. Immutable and thread-safe.
 */
public final class AuraDialogueQvtPolicy {

  /** The policy's identifier. */
  public static final String ID = "aura-dialogue-qvt";

  /**
   * Whether a structure of another legal form is a private non-profit body, as the host knows (a
   * religious congregation, an endowment fund…): a fact of this policy's own, asked only of a
   * structure whose legal form is {@code OTHER}. The policy's file declares it, and reads this
   * very fact, so that the host answers it with {@code Facts.withValue(PRIVATE_NON_PROFIT, …)}.
   */
  public static final Fact<Boolean> PRIVATE_NON_PROFIT = Fact.of("private_non_profit",
      Boolean.class, Text.of("La structure est-elle un organisme privé à but non lucratif ?",
          "Is the structure a private non-profit body?"));

  private static final Policy POLICY = PolicyFiles.read(ID, PRIVATE_NON_PROFIT);

  private AuraDialogueQvtPolicy() {}

  /**
   * The policy of {@code aura-dialogue-qvt}.
   *
   * @return the policy read from its file, the same at every call, never null
   */
  public static Policy policy() {
    return POLICY;
  }
}
