package org.areso.rules;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;

/**
 * Who funds social establishments: the programmes of the French State budget (LOLF) that finance
 * structures of CASF L.312-1, and the funders that are not State budget programmes (health
 * insurance through the ARS, the département, the region, own resources, a Swiss canton).
 *
 * <p>P104 is cited unverified: the integration centres it funded may have moved to another
 * programme. P157 has funded only the ESAT workers' "aide au poste" since 2017; ESAT running costs
 * moved to health insurance. Immutable and thread-safe.
 */
public final class Funders {

  /**
   * A named funder.
   *
   * @param source the funding source, not null
   * @param name the funder's name, in French and English, not null
   * @param funds what it finances among social establishments, in French and English, not null
   * @param reference the text that creates it, for State budget programmes; none otherwise
   */
  public record Entry(FundingSource source, Text name, Text funds, Option<LegalReference> reference) {

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if an argument is null (a programmer error)
     */
    public Entry {
      requireNonNull(source, "source");
      requireNonNull(name, "name");
      requireNonNull(funds, "funds");
      requireNonNull(reference, "reference");
    }
  }

  private static final Map<FundingSource, Entry> ENTRIES = LinkedHashMap.<FundingSource, Entry>empty()
      .put(programme(177, true,
          Text.of("Hébergement, parcours vers le logement et insertion des personnes vulnérables",
              "Shelter, pathway to housing and insertion of vulnerable people"),
          Text.of("CHRS, centres d'hébergement d'urgence, pensions de famille",
              "CHRS, emergency shelters, family boarding houses")))
      .put(programme(303, true,
          Text.of("Immigration et asile", "Immigration and asylum"),
          Text.of("CADA, HUDA, CAES", "CADA, HUDA, CAES")))
      .put(programme(104, false,
          Text.of("Intégration et accès à la nationalité française",
              "Integration and access to French nationality"),
          Text.of("centres provisoires d'hébergement (CPH) — rattachement à vérifier",
              "temporary accommodation centres (CPH) — attachment to be checked")))
      .put(programme(304, true,
          Text.of("Inclusion sociale et protection des personnes",
              "Social inclusion and protection of persons"),
          Text.of("services mandataires judiciaires à la protection des majeurs, soutien aux tuteurs"
              + " familiaux", "court-appointed protection of adults, support to family tutors")))
      .put(programme(157, true,
          Text.of("Handicap et dépendance", "Disability and dependency"),
          Text.of("depuis 2017, la seule aide au poste des travailleurs d'ESAT",
              "since 2017, only the ESAT workers' 'aide au poste'")))
      .put(programme(182, true,
          Text.of("Protection judiciaire de la jeunesse", "Judicial youth protection"),
          Text.of("secteur associatif habilité de la PJJ",
              "authorised non-profit sector of judicial youth protection")))
      .put(other(FundingSource.Kind.HEALTH_INSURANCE,
          Text.of("Assurance maladie (ARS, ONDAM)", "Health insurance (ARS, ONDAM)"),
          Text.of("établissements médico-sociaux pour personnes âgées et handicapées",
              "medico-social establishments for elderly and disabled people")))
      .put(other(FundingSource.Kind.DEPARTEMENT,
          Text.of("Département (conseil départemental)", "Département (departmental council)"),
          Text.of("aide sociale à l'enfance, hébergement des personnes âgées et handicapées",
              "child protection, housing of elderly and disabled people")))
      .put(other(FundingSource.Kind.REGION,
          Text.of("Région (conseil régional)", "Region (regional council)"),
          Text.of("formations sociales et sanitaires", "social and health training")))
      .put(other(FundingSource.Kind.OWN_RESOURCES,
          Text.of("Ressources propres", "Own resources"),
          Text.of("ce que la structure finance elle-même", "what the structure pays for itself")))
      .put(other(FundingSource.Kind.CANTON,
          Text.of("Canton suisse", "Swiss canton"),
          Text.of("établissements médico-sociaux suisses (EMS)",
              "Swiss care homes and institutions (EMS)")));

  private Funders() {}

  /**
   * The entry of a funding source.
   *
   * @param source the source, not null
   * @return the entry, or none for a State budget programme Areso does not name
   * @throws NullPointerException if source is null (a programmer error)
   */
  public static Option<Entry> find(FundingSource source) {
    return ENTRIES.get(requireNonNull(source, "source"));
  }

  /**
   * The State budget programmes that fund structures of CASF L.312-1: P177, P303, P104, P304,
   * P157, P182.
   *
   * @return the programmes, in that order, never null
   */
  public static Seq<Entry> stateBudgetProgrammes() {
    return ENTRIES.values().filter(e -> e.source().isStateBudgetProgramme()).toList();
  }

  /**
   * Every named funder, State budget programmes first.
   *
   * @return the entries, never null
   */
  public static Seq<Entry> all() {
    return ENTRIES.values().toList();
  }

  private static io.vavr.Tuple2<FundingSource, Entry> programme(
      int number, boolean verified, Text name, Text funds) {
    FundingSource source = FundingSource.stateBudgetProgramme(number);
    LegalReference reference = LegalReference.builder()
        .code("LOLF (loi organique n° 2001-692)")
        .article("loi de finances, programme " + number)
        .verified(verified)
        .build()
        .getOrElseThrow(() -> new IllegalStateException("invalid reference P" + number));
    return io.vavr.Tuple.of(source, new Entry(source, name, funds, Option.some(reference)));
  }

  private static io.vavr.Tuple2<FundingSource, Entry> other(
      FundingSource.Kind kind, Text name, Text funds) {
    FundingSource source = FundingSource.of(kind);
    return io.vavr.Tuple.of(source, new Entry(source, name, funds, Option.none()));
  }
}
