package org.areso.rules.text;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.DatedParameter;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.Country;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Region;
import org.areso.core.kernel.Text;
import org.areso.rules.CasfL3121;
import org.areso.rules.FinessCategories;
import org.areso.rules.Funders;
import org.areso.rules.eligibility.AresoPolicy;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.areso.rules.eligibility.AuraDialogueQvtPolicy;
import org.areso.rules.eligibility.SoresoPolicy;
import org.areso.rules.eligibility.WorkplaceSocialServicePolicy;

/**
 * The wave-one reference: the five programmes' eligibility rules as they were written by hand in
 * Java, before their policy files became the catalogue's single source. Kept in the tests only, so
 * that {@link TextPoliciesEquivalenceProperties} compares each packaged file with the rules it
 * replaced. The declared fact {@code private_non_profit} is the catalogue's own
 * ({@link AuraDialogueQvtPolicy#PRIVATE_NON_PROFIT}), as the host supplies it.
 */
final class WaveOnePolicies {

  private WaveOnePolicies() {}

  /** The hand-written policy of a programme. */
  static Policy policy(String id) {
    return switch (id) {
      case AresoPolicy.ID -> orFail(Areso.BUILT, id);
      case AresoSocial2023Policy.ID -> orFail(AresoSocial2023.BUILT, id);
      case SoresoPolicy.ID -> orFail(Soreso.BUILT, id);
      case AuraDialogueQvtPolicy.ID -> orFail(AuraDialogueQvt.BUILT, id);
      case WorkplaceSocialServicePolicy.ID -> orFail(WorkplaceSocialService.BUILT, id);
      default -> throw new IllegalArgumentException(id);
    };
  }

  private static LegalReference page(String code, String article, boolean verified) {
    return page(code, article, "", verified);
  }

  private static LegalReference page(String code, String article, String item, boolean verified) {
    return LegalReference.builder().page().code(code).article(article).item(item)
        .verified(verified).build().fold(e -> {
          throw new IllegalStateException(code + " " + e);
        }, reference -> reference);
  }

  private static <T> T orFail(Validation<Seq<Reason>, T> built, String what) {
    return built.fold(e -> {
      throw new IllegalStateException(what + " refused: " + e);
    }, value -> value);
  }

  /** The wave-one rules of {@code Areso}, as {@code AresoPolicy} wrote them. */
  static final class Areso {


    /** The policy's identifier. */
    static final String ID = "areso";

    /** The identifier of the joint training, the format that needs staff representatives. */
    static final String JOINT_TRAINING = AresoPolicy.JOINT_TRAINING;

    /** The presentation of the scheme by the Anact-Aract network (seed 000), read. */
    static final LegalReference PRESENTATION = page("Areso (réseau Anact-Aract)",
        "Améliorer vos relations sociales, publié le 24/01/2020", true);
    /** Its description of the joint training: "associant représentants du personnel et direction". */
    static final LegalReference JOINT_TRAINING_TEXT = page("Areso (réseau Anact-Aract)",
        "Améliorer vos relations sociales, publié le 24/01/2020",
        "Qu'est-ce qu'Areso ? (action de formation)", true);

    /** The structure is in France. */
    static final Condition IN_FRANCE = Rule.condition("locatedInFrance",
        Text.of("l'entreprise est établie en France", "the employer is in France"),
        Fact.COUNTRY, country -> country == Country.FR).citing(PRESENTATION);
    /** The format asked is not the joint training. */
    static final Condition NOT_JOINT_TRAINING = Rule.condition("formatIsNotJointTraining",
        Text.of("le format demandé n'est pas la formation commune",
            "the format asked is not the joint training"),
        Fact.REQUESTED_FORMAT, format -> !format.equals(JOINT_TRAINING)).citing(JOINT_TRAINING_TEXT);
    /** The structure has staff representatives. */
    static final Condition STAFF_REPRESENTATION = Rule.condition("hasStaffRepresentation",
        Text.of("l'entreprise a des représentants du personnel",
            "the employer has staff representatives"),
        Fact.STAFF_REPRESENTATION, present -> present).citing(JOINT_TRAINING_TEXT);
    /** The joint training brings representatives and management together: it needs both. */
    static final Rule REPRESENTATIVES_FOR_JOINT_TRAINING = Rule.anyOf(
        "representativesForTheJointTraining",
        Text.of("la formation commune associe représentants du personnel et direction",
            "the joint training brings staff representatives and management together"),
        List.of(NOT_JOINT_TRAINING, STAFF_REPRESENTATION)).citing(JOINT_TRAINING_TEXT);

    static final Validation<Seq<Reason>, Policy> BUILT = Policy.of(ID,
        Text.of("Areso : appui aux relations sociales", "Areso: support for social relations"),
        List.of(IN_FRANCE, REPRESENTATIVES_FOR_JOINT_TRAINING));
    private Areso() {}
  }

  /** The wave-one rules of {@code AresoSocial2023}, as {@code AresoSocial2023Policy} wrote them. */
  static final class AresoSocial2023 {


    /** The policy's identifier. */
    static final String ID = "areso-social-2023";

    /** The page of the scheme for the social sector (seed 001), read. */
    static final LegalReference PRESENTATION = page("Areso secteur social (Anact, DGCS)",
        "Areso pour les structures du secteur social", true);
    /** Its eligibility note: funded by a State budget programme, within CASF L.312-1. */
    static final LegalReference ELIGIBILITY = page("Areso secteur social (Anact, DGCS)",
        "Areso pour les structures du secteur social", "structures éligibles (*)", true);
    /** Its opening: "accessible de juillet 2023 à avril 2024"; the days are an assumption. */
    static final LegalReference OPENING = page("Areso secteur social (Anact, DGCS)",
        "Areso pour les structures du secteur social", "accessible de juillet 2023 à avril 2024",
        true);

    /** The days requests are received, both included (the seed gives months). */
    static final DateWindow REQUEST_WINDOW = DateWindow.months(java.time.YearMonth.of(2023, 7),
        java.time.YearMonth.of(2024, 4)).getOrElseThrow(() -> new IllegalStateException("window"));

    /** Whether the scheme receives requests, by day: true from 2023-07-01 to 2024-04-30. */
    static final DatedParameter<Boolean> OPEN_TO_REQUESTS = orFail(DatedParameter
        .<Boolean>named("areso_social_2023_open")
        .value(REQUEST_WINDOW.start(), REQUEST_WINDOW.end(), true, OPENING)
        .build(), "areso_social_2023_open");

    private static final Set<FundingSource> STATE_PROGRAMMES = Funders.stateBudgetProgrammes()
        .map(Funders.Entry::source).toLinkedSet();

    /** The structure's own CASF items are some of L.312-1 I; not met when known to be none. */
    static final Condition CASF_ITEMS_GIVEN = Rule.condition("listedInCasfL3121",
        Text.of("la structure relève d'un des 1° à 17° de l'article L.312-1 I du CASF",
            "the structure falls under one of items 1° to 17° of CASF article L.312-1 I"),
        Fact.CASF_ITEMS, items -> !items.isEmpty()).citing(CasfL3121.ARTICLE);
    /**
     * The structure's FINESS category maps to an item of L.312-1 I; not met for
     * {@link org.areso.core.kernel.FinessCategory#none()}, which no category list holds.
     */
    static final Condition FINESS_CATEGORY_IN_CASF = Rule.condition("finessCategoryInCasfL3121",
        Text.of("la catégorie FINESS de la structure relève de l'article L.312-1 I du CASF",
            "the structure's FINESS category falls under CASF article L.312-1 I"),
        Fact.FINESS_CATEGORY, category -> FinessCategories.find(category)
            .exists(FinessCategories.Entry::isSocialOrMedicoSocial)).citing(CasfL3121.ARTICLE);
    /** Either way, a social or medico-social establishment or service. */
    static final Rule SOCIAL_ESTABLISHMENT = Rule.anyOf("socialOrMedicoSocialEstablishment",
        Text.of("établissement ou service social ou médico-social (CASF L.312-1 I)",
            "social or medico-social establishment or service (CASF L.312-1 I)"),
        List.of(CASF_ITEMS_GIVEN, FINESS_CATEGORY_IN_CASF)).citing(CasfL3121.ARTICLE);
    /**
     * Funded by a programme of the State budget: any, as the seed says "un programme budgétaire
     * Etat"; the description names the programmes known to fund L.312-1 structures as examples.
     */
    static final Condition STATE_FUNDED = Rule.condition("fundedByStateBudgetProgramme",
        Text.of("financée par un programme budgétaire de l'État (tel que "
                + STATE_PROGRAMMES.map(FundingSource::code).mkString(", ") + ")",
            "funded by a State budget programme (such as "
                + STATE_PROGRAMMES.map(FundingSource::code).mkString(", ") + ")"),
        Fact.FUNDING_SOURCES,
        sources -> sources.exists(s -> s.kind() == FundingSource.Kind.STATE_BUDGET_PROGRAMME))
        .citing(ELIGIBILITY);
    /** Requested while the scheme was open. */
    static final Condition REQUESTED_WHILE_OPEN = Rule.condition("requestedWhileOpen",
        Text.of("demande faite entre le 1er juillet 2023 et le 30 avril 2024",
            "request made between 1 July 2023 and 30 April 2024"),
        Fact.REQUEST_DATE, OPEN_TO_REQUESTS, (day, open) -> open).citing(OPENING);

    static final Validation<Seq<Reason>, Policy> BUILT = Policy.of(ID,
        Text.of("Areso pour les structures du secteur social (2023-2024)",
            "Areso for social-sector structures (2023-2024)"),
        List.of(SOCIAL_ESTABLISHMENT, STATE_FUNDED, REQUESTED_WHILE_OPEN));
    private AresoSocial2023() {}
  }

  /** The wave-one rules of {@code Soreso}, as {@code SoresoPolicy} wrote them. */
  static final class Soreso {


    /** The policy's identifier. */
    static final String ID = "soreso";

    /** The presentation of SORESO by Optimance and the Swiss institute for QWL (seed 002), read. */
    static final LegalReference PRESENTATION = page(
        "SORESO (Optimance, Institut Suisse de la Qualité de Vie au Travail)",
        "Soigner les relations sociales en entreprise", true);

    /** The structure is in Switzerland. */
    static final Condition IN_SWITZERLAND = Rule.condition("locatedInSwitzerland",
        Text.of("l'entreprise est en Suisse", "the employer is in Switzerland",
            "das Unternehmen ist in der Schweiz", "l'azienda è in Svizzera"),
        Fact.COUNTRY, country -> country == Country.CH).citing(PRESENTATION);

    static final Validation<Seq<Reason>, Policy> BUILT = Policy.of(ID,
        Text.of("SORESO : soigner les relations sociales", "SORESO: caring for social relations",
            "SORESO: Sozialbeziehungen pflegen", "SORESO: curare le relazioni sociali"),
        List.of(IN_SWITZERLAND));
    private Soreso() {}
  }

  /** The wave-one rules of {@code AuraDialogueQvt}, as {@code AuraDialogueQvtPolicy} wrote them. */
  static final class AuraDialogueQvt {


    /** The policy's identifier. */
    static final String ID = "aura-dialogue-qvt";

    private static final String CODE = "Dialogue social, levier de la QVT (Uriopss et Aract ARA)";

    /** The report on the experiment (seed 003), read. */
    static final LegalReference PRESENTATION = page(CODE,
        "Réalisations et projets, publié le 20 novembre 2023", true);
    /** Its public: "associations volontaires du secteur sanitaire, social et médico-social". */
    static final LegalReference PUBLIC = page(CODE,
        "Réalisations et projets, publié le 20 novembre 2023",
        "associations volontaires du secteur sanitaire, social et médico-social", true);
    /** Uriopss: "Organismes Privés à but non lucratif du secteur Sanitaire, Social et…". */
    static final LegalReference URIOPSS = page(CODE,
        "Réalisations et projets, publié le 20 novembre 2023", "Objectif (Uriopss)", true);
    /** The FINESS register: what its categories cover, not read in its founding text. */
    static final LegalReference FINESS = page("FINESS (ANS, jeu de valeurs J55)",
        "catégories d'établissements sanitaires, sociaux et médico-sociaux", false);

    /**
     * Whether a structure of another legal form is a private non-profit body, as the host knows (a
     * religious congregation, an endowment fund…): a fact of this policy's own, asked only of a
     * structure whose legal form is {@code OTHER}.
     */
    static final Fact<Boolean> PRIVATE_NON_PROFIT = AuraDialogueQvtPolicy.PRIVATE_NON_PROFIT;

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

    static final Validation<Seq<Reason>, Policy> BUILT = Policy.of(ID,
        Text.of("Dialogue social, levier de la QVT en Auvergne-Rhône-Alpes",
            "Social dialogue, a lever for quality of working life in Auvergne-Rhône-Alpes"),
        List.of(NON_PROFIT, IN_FRANCE, IN_REGION, SECTOR));
    private AuraDialogueQvt() {}
  }

  /** The wave-one rules of {@code WorkplaceSocialService}, as {@code WorkplaceSocialServicePolicy} wrote them. */
  static final class WorkplaceSocialService {


    /** The policy's identifier. */
    static final String ID = "workplace-social-service";

    /** The presentation of the workplace social worker (seed 004), read. */
    static final LegalReference PRESENTATION = page(
        "Service social du travail (SocialDirect)",
        "L'assistant social du travail pour des relations sociales en entreprise de qualité", true);

    /** The structure is in France. */
    static final Condition IN_FRANCE = Rule.condition("locatedInFrance",
        Text.of("l'employeur est établi en France", "the employer is in France"),
        Fact.COUNTRY, country -> country == Country.FR).citing(PRESENTATION);
    /** The structure employs at least one person. */
    static final Condition EMPLOYER = Rule.condition("employsStaff",
        Text.of("la structure emploie au moins un salarié",
            "the structure employs at least one person"),
        Fact.HEADCOUNT, headcount -> headcount > 0).citing(PRESENTATION);

    static final Validation<Seq<Reason>, Policy> BUILT = Policy.of(ID,
        Text.of("Service social du travail", "Workplace social service"),
        List.of(IN_FRANCE, EMPLOYER));
    private WorkplaceSocialService() {}
  }
}
