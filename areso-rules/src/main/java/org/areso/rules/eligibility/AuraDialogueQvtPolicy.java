package org.areso.rules.eligibility;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.Country;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Region;
import org.areso.core.kernel.Text;
import org.areso.rules.CasfL3121;
import org.areso.rules.FinessCategories;

/**
 * Who may apply to {@code aura-dialogue-qvt} (« Dialogue social, levier de l'amélioration de la
 * qualité de vie au travail », seed 003): a private non-profit body (association, foundation,
 * mutual) of the health, social and medico-social sector in Auvergne-Rhône-Alpes.
 *
 * <p>The call for applications is not part of eligibility: the seed gives none of its dates, so
 * the library invents none; the host gives them in a {@link
 * org.areso.core.engagement.CallForApplications}, which receives the applications. The sector is
 * recognised by CASF L.312-1 I items or by a FINESS category, FINESS being the register of health,
 * social and medico-social establishments. Selection among the applicants (a cohort of four in the
 * seed) is not eligibility. Immutable and thread-safe.
 */
public final class AuraDialogueQvtPolicy {

  /** The policy's identifier. */
  public static final String ID = "aura-dialogue-qvt";

  private static final String CODE = "Dialogue social, levier de la QVT (Uriopss et Aract ARA)";

  /** The report on the experiment (seed 003), read. */
  static final LegalReference PRESENTATION = Sources.text(CODE,
      "Réalisations et projets, publié le 20 novembre 2023", true);
  /** Its public: "associations volontaires du secteur sanitaire, social et médico-social". */
  static final LegalReference PUBLIC = Sources.text(CODE,
      "Réalisations et projets, publié le 20 novembre 2023",
      "associations volontaires du secteur sanitaire, social et médico-social", true);
  /** Uriopss: "Organismes Privés à but non lucratif du secteur Sanitaire, Social et…". */
  static final LegalReference URIOPSS = Sources.text(CODE,
      "Réalisations et projets, publié le 20 novembre 2023", "Objectif (Uriopss)", true);
  /** The FINESS register: what its categories cover, not read in its founding text. */
  static final LegalReference FINESS = Sources.text("FINESS (ANS, jeu de valeurs J55)",
      "catégories d'établissements sanitaires, sociaux et médico-sociaux", false);

  /**
   * Whether a structure of another legal form is a private non-profit body, as the host knows (a
   * religious congregation, an endowment fund…): a fact of this policy's own, asked only of a
   * structure whose legal form is {@code OTHER}.
   */
  public static final Fact<Boolean> PRIVATE_NON_PROFIT = Fact.of("private_non_profit",
      Boolean.class, Text.of("La structure est-elle un organisme privé à but non lucratif ?",
          "Is the structure a private non-profit body?"));

  /** An association, a foundation or a mutual. */
  static final Condition NON_PROFIT_FORM = Rule.condition("hasNonProfitLegalForm",
      Text.of("la structure est une association, une fondation ou une mutuelle",
          "the structure is an association, a foundation or a mutual"),
      Fact.LEGAL_FORM, form -> form == LegalForm.ASSOCIATION || form == LegalForm.FOUNDATION
          || form == LegalForm.MUTUAL).citing(URIOPSS);
  /** A legal form the catalogue does not name. */
  static final Condition OTHER_FORM = Rule.condition("hasAnotherLegalForm",
      Text.of("la structure a une autre forme juridique", "the structure has another legal form"),
      Fact.LEGAL_FORM, form -> form == LegalForm.OTHER).citing(URIOPSS);
  /** The host says the body is private and non-profit. */
  static final Condition DECLARED_NON_PROFIT = Rule.condition("declaredPrivateNonProfit",
      Text.of("la structure est déclarée organisme privé à but non lucratif",
          "the structure is declared a private non-profit body"),
      PRIVATE_NON_PROFIT, nonProfit -> nonProfit).citing(URIOPSS);
  /**
   * A private non-profit body ("organismes privés à but non lucratif"): an association, a
   * foundation or a mutual, or a body of another legal form the host declares so; a company, a
   * cooperative or a public body is not. Of another legal form and undeclared, the decision is
   * undetermined and asks for {@link #PRIVATE_NON_PROFIT}.
   */
  static final Rule NON_PROFIT = Rule.anyOf("isPrivateNonProfit",
      Text.of("la structure est un organisme privé à but non lucratif (association, fondation,"
              + " mutuelle ou autre forme déclarée)",
          "the structure is a private non-profit body (association, foundation, mutual or another"
              + " form declared so)"),
      List.of(NON_PROFIT_FORM, Rule.allOf("otherFormDeclaredNonProfit",
          Text.of("autre forme juridique, déclarée à but non lucratif",
              "another legal form, declared non-profit"),
          List.of(OTHER_FORM, DECLARED_NON_PROFIT)).citing(URIOPSS))).citing(URIOPSS);

  /** In France: a Swiss structure has no French region, and is refused rather than asked. */
  static final Condition IN_FRANCE = Rule.condition("locatedInFrance",
      Text.of("la structure est en France", "the structure is in France"),
      Fact.COUNTRY, country -> country == Country.FR).citing(PRESENTATION);
  /** In Auvergne-Rhône-Alpes. */
  static final Condition IN_REGION = Rule.condition("locatedInAuvergneRhoneAlpes",
      Text.of("la structure est en Auvergne-Rhône-Alpes",
          "the structure is in Auvergne-Rhône-Alpes"),
      Fact.REGION, region -> region == Region.AUVERGNE_RHONE_ALPES).citing(PRESENTATION);
  /** Its CASF items are some of L.312-1 I: social or medico-social. */
  static final Condition CASF_ITEMS_GIVEN = Rule.condition("listedInCasfL3121",
      Text.of("la structure relève de l'article L.312-1 I du CASF (social, médico-social)",
          "the structure falls under CASF article L.312-1 I (social, medico-social)"),
      Fact.CASF_ITEMS, items -> !items.isEmpty()).citing(CasfL3121.ARTICLE);
  /**
   * Its FINESS category is a known one: health, social or medico-social; not met for
   * {@link org.areso.core.kernel.FinessCategory#none()}.
   */
  static final Condition FINESS_REGISTERED = Rule.condition("hasFinessCategory",
      Text.of("la structure a une catégorie FINESS (sanitaire, sociale ou médico-sociale)",
          "the structure has a FINESS category (health, social or medico-social)"),
      Fact.FINESS_CATEGORY, category -> FinessCategories.find(category).isDefined())
      .citing(FINESS);
  /** Either way, of the health, social and medico-social sector. */
  static final Rule SECTOR = Rule.anyOf("healthSocialOrMedicoSocialSector",
      Text.of("structure du secteur sanitaire, social ou médico-social",
          "structure of the health, social or medico-social sector"),
      List.of(CASF_ITEMS_GIVEN, FINESS_REGISTERED)).citing(PUBLIC);

  private static final Validation<Seq<Reason>, Policy> BUILT = Policy.of(ID,
      Text.of("Dialogue social, levier de la QVT en Auvergne-Rhône-Alpes",
          "Social dialogue, a lever for quality of working life in Auvergne-Rhône-Alpes"),
      List.of(NON_PROFIT, IN_FRANCE, IN_REGION, SECTOR));

  private AuraDialogueQvtPolicy() {}

  /**
   * The policy of {@code aura-dialogue-qvt}.
   *
   * @return the policy, never null
   * @throws IllegalStateException if the policy's own rules were refused (a programmer error)
   */
  public static Policy policy() {
    return Sources.orFail(BUILT, ID);
  }

  /** The policy as built, for the provider. */
  static Validation<Seq<Reason>, Policy> built() {
    return BUILT;
  }
}
