package org.areso.rules;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.FinessCategory;

/**
 * The FINESS establishment categories (ANS value set J55) and the items of CASF L.312-1 I each one
 * falls under, for hosts that know a structure only by its category.
 *
 * <p>Health categories (hospitals, health centres…) and social ones outside L.312-1 I (social
 * residences, lieux de vie under L.312-1 III, adapted companies…) map to no item. A mapping made by
 * reading the category's label and the article, without checking the category's legal basis, is
 * flagged {@link Entry#isMappingVerified()} {@code == false}. A category never says who funds a
 * structure: funding comes from the structure's own data. Immutable and thread-safe.
 */
public final class FinessCategories {

  /**
   * One FINESS category and its place in CASF L.312-1 I.
   *
   * @param category the category, not null
   * @param label its label in the J55 value set (French), not null
   * @param casfItems the items it falls under; empty when outside L.312-1 I, not null
   * @param isMappingVerified false when the mapping to items was not checked against the
   *     category's legal basis
   */
  public record Entry(
      FinessCategory category, String label, Set<CasfItem> casfItems, boolean isMappingVerified) {

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if an argument is null (a programmer error)
     */
    public Entry {
      requireNonNull(category, "category");
      requireNonNull(label, "label");
      requireNonNull(casfItems, "casfItems");
    }

    /**
     * Whether the category is a social or medico-social establishment or service of L.312-1 I.
     *
     * @return true when it falls under at least one item
     */
    public boolean isSocialOrMedicoSocial() {
      return !casfItems.isEmpty();
    }
  }

  private static final Map<String, Entry> BY_CODE = LinkedHashMap.ofEntries(List.of(
      row("101", "Centre hospitalier régional (CHR)", true),
      row("106", "Centre hospitalier (ex Hôpital local)", true),
      row("109", "Etablissement de santé privé autorisé en soins de suite et de réadaptation (SSR)", true),
      row("114", "Hôpital des armées", true),
      row("115", "Etablissement de soins du Service de santé des armées (SSA)", true),
      row("122", "Etablissement de soins obstétriques et chirurgico-gynécologiques", true),
      row("124", "Centre de santé", true),
      row("126", "Etablissement thermal", true),
      row("127", "Hospitalisation à domicile (HAD)", true),
      row("128", "Etablissement de soins chirurgicaux", true),
      row("129", "Etablissement de soins médicaux", true),
      row("130", "Centre de soins médicaux", true),
      row("131", "Centre de lutte contre cancer", true),
      row("132", "Etablissement de transfusion sanguine", true),
      row("141", "Centre de dialyse", true),
      row("142", "Dispensaire antituberculeux", true),
      row("143", "Centre de vaccination BCG", true),
      row("146", "Structure d'alternative à la dialyse en centre", true),
      row("156", "Centre médico-psychologique (CMP)", true),
      row("161", "Maison de santé pour maladies mentales", true),
      row("165", "Appartement de coordination thérapeutique (ACT)", true, CasfItem.I_9),
      row("166", "Centre Parents-Enfants de moins de 3 ans", true, CasfItem.I_1),
      row("172", "Pouponnière à caractère social", true, CasfItem.I_1),
      row("175", "Foyer de l'enfance", true, CasfItem.I_1),
      row("176", "Village d'enfants", true, CasfItem.I_1),
      row("177", "Maison d'enfants à caractère social", true, CasfItem.I_1),
      row("178", "Centre d'accueil et d'accompagnement à la réduction des risques pour usagers de drogues (CAARUD)", true, CasfItem.I_9),
      row("180", "Lits halte soins santé (LHSS)", true, CasfItem.I_9),
      row("182", "Service d'éducation spéciale et de soins à domicile (SESSAD)", true, CasfItem.I_2),
      row("183", "Institut médico-éducatif (IME)", true, CasfItem.I_2),
      row("186", "Institut thérapeutique éducatif et pédagogique (ITEP)", true, CasfItem.I_2),
      row("188", "Etablissement pour enfants ou adolescents polyhandicapés", true, CasfItem.I_2),
      row("189", "Centre médico-psycho-pédagogique (CMPP)", false, CasfItem.I_2),
      row("190", "Centre action médico-sociale précoce (CAMSP)", true, CasfItem.I_3),
      row("192", "Institut d'éducation motrice", true, CasfItem.I_2),
      row("194", "Institut pour déficients visuels", true, CasfItem.I_2),
      row("195", "Institut pour déficients auditifs", true, CasfItem.I_2),
      row("196", "Institut d'éducation sensorielle sourd-aveugle", true, CasfItem.I_2),
      row("197", "Centre de soins d'accompagnement et de prévention en addictologie (CSAPA)", true, CasfItem.I_9),
      row("198", "Établissement et Service de Préorientation", true, CasfItem.I_5B),
      row("202", "Résidences autonomie", true, CasfItem.I_6),
      row("207", "Centre de jour pour personnes âgées", true, CasfItem.I_6),
      row("209", "Service autonomie aide et soins (SAAS)", true, CasfItem.I_6, CasfItem.I_7),
      row("213", "Lits d'accueil médicalisés (L.A.M.)", true, CasfItem.I_9),
      row("214", "Centre d'hébergement et de réinsertion sociale (CHRS)", true, CasfItem.I_8),
      row("216", "Résidence Hôtelière à Vocation Sociale (R.H.V.S)", true),
      row("219", "Autre centre d'accueil", false, CasfItem.I_8),
      row("221", "Bureau d'aide psychologique universitaire (BAPU)", false, CasfItem.I_2),
      row("223", "Protection maternelle et infantile (PMI)", true),
      row("224", "Etablissement de consultation pré et post-natale", true),
      row("228", "Centre de santé sexuelle", true),
      row("230", "Etablissement consultation protection infantile", true),
      row("231", "Espaces de vie affective, relationnelle et sexuelle (EVARS)", true),
      row("236", "Service de placement familial (SPF)", false, CasfItem.I_1),
      row("238", "Centre d'accueil familial spécialisé", false, CasfItem.I_2),
      row("241", "Établissement de Placement", false, CasfItem.I_1),
      row("242", "Service d'Activité de Jour", false, CasfItem.I_7),
      row("246", "Etablissement et service d'aide par le travail (ESAT)", true, CasfItem.I_5A),
      row("247", "Entreprise adaptée", true),
      row("249", "Établissement et Service de Réadaptation Professionnelle", true, CasfItem.I_5B),
      row("252", "Foyer d'hébergement d'adultes handicapés", true, CasfItem.I_7),
      row("253", "Foyer d'accueil polyvalent pour adultes handicapés", true, CasfItem.I_7),
      row("255", "Maison d'accueil spécialisée (MAS)", true, CasfItem.I_7),
      row("256", "Foyer de travailleurs migrants non transformé en résidence sociale", true),
      row("257", "Foyers de jeunes travailleurs", true, CasfItem.I_10),
      row("258", "Maison relais, Pension de famille", false),
      row("259", "Autres résidences sociales", false),
      row("266", "Dispensaire antivénérien", true),
      row("267", "Dispensaire antihansénien", true),
      row("268", "Centre médico-scolaire", true),
      row("269", "Centre de médecine universitaire", true),
      row("270", "Centre de médecine sportive", true),
      row("271", "Maison d'accueil Hospitalière", true),
      row("286", "Service de prévention spécialisée", true, CasfItem.I_1),
      row("292", "Centre hospitalier spécialisé de lutte contre les maladies mentales", true),
      row("294", "Centre de consultations cancer", true),
      row("295", "Service AEMO et AED", false, CasfItem.I_1, CasfItem.I_4),
      row("300", "Ecole formant aux professions sanitaires", true),
      row("330", "Ecole formant aux professions sociales", true),
      row("340", "Service mandataire judiciaire à la protection des majeurs", true, CasfItem.I_14),
      row("341", "Service dédié aux mesures d'accompagnement social personnalisé", false),
      row("342", "Service d'information et de soutien aux tuteurs familiaux", false),
      row("344", "Service délégué aux prestations familiales", false, CasfItem.I_15),
      row("347", "Centre d'examens de santé", true),
      row("354", "Service de soins infirmiers à domicile (SSIAD)", true, CasfItem.I_6, CasfItem.I_7),
      row("355", "Centre hospitalier (CH)", true),
      row("362", "Etablissement de soins longue durée", true),
      row("365", "Etablissement de soins pluridisciplinaire", true),
      row("366", "Atelier thérapeutique", true),
      row("370", "Etablissement Expérimental pour personnes handicapées", false, CasfItem.I_12),
      row("374", "Ecole nationale de santé publique (ENSP)", true),
      row("377", "Etablissement expérimental pour enfance handicapée", false, CasfItem.I_12),
      row("378", "Etablissement expérimental enfance protégée", false, CasfItem.I_12),
      row("379", "Etablissement expérimental pour adultes handicapés", false, CasfItem.I_12),
      row("380", "Etablissement expérimental autres adultes", false, CasfItem.I_12),
      row("381", "Etablissement expérimental pour personnes âgées", false, CasfItem.I_12),
      row("382", "Foyer de vie pour adultes handicapés", true, CasfItem.I_7),
      row("390", "Etablissement d'accueil temporaire d'enfants handicapés", false, CasfItem.I_2),
      row("395", "Etablissement d'accueil temporaire pour adultes handicapés", false, CasfItem.I_7),
      row("396", "Foyer d'hébergement pour enfants et adolescents handicapés", false, CasfItem.I_2),
      row("402", "Jardin d'enfants spécialisé", false, CasfItem.I_2),
      row("411", "Intermédiaire de placement social", false, CasfItem.I_8),
      row("412", "Appartement thérapeutique", true),
      row("415", "Service médico-psychologique régional (SMPR)", true),
      row("422", "Traitements spécialisés à domicile", true),
      row("425", "Centre d'accueil thérapeutique à temps partiel (CATTP)", true),
      row("426", "Syndicat inter hospitalier (SIH)", true),
      row("430", "Centre postcure pour malades mentaux", true),
      row("433", "Etablissement sanitaire des prisons", true),
      row("436", "Ecoles formant aux professions sanitaires et sociales", true),
      row("437", "Foyer d'accueil médicalisé pour adultes handicapés (FAM)", true, CasfItem.I_7),
      row("438", "Centre de médecine collective", true),
      row("439", "Centre de santé polyvalent", true),
      row("440", "Service d'Investigation Educative", false, CasfItem.I_4),
      row("441", "Service d'Intervention Educative en Milieu Ouvert", false, CasfItem.I_4),
      row("442", "Centre provisoire d'hébergement", false, CasfItem.I_8),
      row("443", "Centre d'accueil de demandeurs d'asile (CADA)", true, CasfItem.I_13),
      row("444", "Centre de crise et d'accueil permanent", false, CasfItem.I_8),
      row("445", "Service d'accompagnement médico-social pour adultes handicapés", true, CasfItem.I_7),
      row("446", "Service d'accompagnement à la vie sociale (SAVS)", true, CasfItem.I_7),
      row("448", "Etablissement d'Accueil Médicalisé en tout ou partie personnes handicapées", true, CasfItem.I_7),
      row("449", "Etablissement d'Accueil Non Médicalisé pour personnes handicapées", true, CasfItem.I_7),
      row("460", "Service autonomie aide (SAA)", true, CasfItem.I_6, CasfItem.I_7),
      row("461", "Centres de ressources SAI (sans aucune indication)", false, CasfItem.I_11),
      row("462", "Lieux de Vie et d'Accueil", false),
      row("463", "Centre local d'information et de coordination de personnes âgées", false, CasfItem.I_11),
      row("464", "Unité d'évaluation, de réentraînement et d'orientation sociale et-ou professionnelle", false, CasfItem.I_5B),
      row("500", "Etablissement d'hébergement pour personnes âgées dépendantes", true, CasfItem.I_6),
      row("501", "EHPA percevant des crédits d'assurance maladie", true, CasfItem.I_6),
      row("502", "EHPA ne percevant pas des crédits d'assurance maladie", true, CasfItem.I_6),
      row("603", "Maison de santé (L6223-3)", true),
      row("604", "Communauté Professionnelle Territoriale de Santé (CPTS)", true),
      row("606", "Dispositif d'appui à la coordination (DAC)", true),
      // décret n° 2021-1170 (CASF D.312-176-4-26): the mobile teams serve L.312-1 I 9°
      row("608", "Equipe mobile médico-sociale précarité (EMMSP)", true, CasfItem.I_9),
      row("609", "Maison Départementale pour Personnes Handicapées (MDPH)", true),
      row("616", "Services de Prévention et de Santé au Travail (SPST)", true),
      row("620", "Pharmacie d'officine", true),
      row("640", "Service d'aide et d'accompagnement à domicile aux familles (SAADF)", true, CasfItem.I_16),
      row("643", "Service d'évaluation de la minorité et de l'isolement pour les personnes se déclarant mineures (SEMIPM)", false, CasfItem.I_17),
      row("644", "Etablissement de mise à l'abri pour les personnes se déclarant mineures non accompagnées (EMAMNA)", false, CasfItem.I_17),
      row("705", "Groupe d’Entraide Mutuelle (GEM)", true)).map(e -> Tuple.of(e.category().code(), e)));

  private FinessCategories() {}

  /**
   * The entry of a category.
   *
   * @param category the category, not null
   * @return the entry, or none when the category is not in the J55 value set
   * @throws NullPointerException if category is null (a programmer error)
   */
  public static Option<Entry> find(FinessCategory category) {
    return BY_CODE.get(requireNonNull(category, "category").code());
  }

  /**
   * Every category of the J55 value set, in code order.
   *
   * @return the entries, never null
   */
  public static Seq<Entry> all() {
    return BY_CODE.values().toList();
  }

  private static Entry row(String code, String label, boolean verified, CasfItem... items) {
    return new Entry(FinessCategory.parse(code).get(), label, LinkedHashSet.of(items), verified);
  }
}
