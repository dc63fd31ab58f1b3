package org.areso.rules;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;

/**
 * Article L.312-1 I of the Code de l'action sociale et des familles: the categories of social and
 * medico-social establishments and services (établissements et services sociaux et
 * médico-sociaux), one {@link LegalReference} and one description per {@link CasfItem}.
 *
 * <p>Items 11°, 12°, 15° and 17° are cited with {@code isVerified() == false}: their wording or
 * number was not checked against the official text. Immutable and thread-safe.
 */
public final class CasfL3121 {

  /** The article as a whole. */
  public static final LegalReference ARTICLE = reference("", true);

  private static final Map<CasfItem, Entry> ENTRIES = LinkedHashMap.<CasfItem, Entry>empty()
      .put(CasfItem.I_1, entry("I 1°", true,
          "établissements ou services prenant en charge des mineurs et majeurs de moins de 21 ans"
              + " au titre de l'aide sociale à l'enfance",
          "child protection (aide sociale à l'enfance)"))
      .put(CasfItem.I_2, entry("I 2°", true,
          "établissements ou services d'enseignement et d'éducation spéciale pour mineurs"
              + " handicapés (IME, ITEP, SESSAD)",
          "special education for disabled minors (IME, ITEP, SESSAD)"))
      .put(CasfItem.I_3, entry("I 3°", true,
          "centres d'action médico-sociale précoce (CAMSP)",
          "early medico-social action centres (CAMSP)"))
      .put(CasfItem.I_4, entry("I 4°", true,
          "établissements ou services mettant en œuvre les mesures éducatives ordonnées par"
              + " l'autorité judiciaire",
          "educational measures ordered by a judge"))
      .put(CasfItem.I_5A, entry("I 5° a)", true,
          "établissements ou services d'aide par le travail (ESAT)",
          "work assistance establishments and services (ESAT)"))
      .put(CasfItem.I_5B, entry("I 5° b)", true,
          "établissements ou services de réadaptation, de préorientation et de rééducation"
              + " professionnelle",
          "vocational rehabilitation and pre-orientation"))
      .put(CasfItem.I_6, entry("I 6°", true,
          "établissements et services qui accueillent des personnes âgées ou leur apportent une"
              + " assistance à domicile",
          "establishments and services for elderly people, including at home"))
      .put(CasfItem.I_7, entry("I 7°", true,
          "établissements et services qui accueillent des personnes adultes handicapées ou leur"
              + " apportent un accompagnement, y compris à domicile",
          "establishments and services for disabled adults, including at home"))
      .put(CasfItem.I_8, entry("I 8°", true,
          "établissements ou services d'accueil, d'hébergement d'urgence et d'insertion des"
              + " personnes en difficulté (CHRS)",
          "reception, emergency shelter and insertion of people in difficulty (CHRS)"))
      .put(CasfItem.I_9, entry("I 9°", true,
          "établissements ou services pour personnes confrontées à des difficultés spécifiques"
              + " (CSAPA, CAARUD, LHSS, LAM, ACT)",
          "people facing specific difficulties (CSAPA, CAARUD, LHSS, LAM, ACT)"))
      .put(CasfItem.I_10, entry("I 10°", true,
          "foyers de jeunes travailleurs", "young workers' homes (FJT)"))
      .put(CasfItem.I_11, entry("I 11°", false,
          "centres de ressources, centres d'information et de coordination",
          "resource, information and coordination centres"))
      .put(CasfItem.I_12, entry("I 12°", false,
          "établissements ou services à caractère expérimental",
          "experimental establishments and services"))
      .put(CasfItem.I_13, entry("I 13°", true,
          "centres d'accueil pour demandeurs d'asile (CADA)",
          "reception centres for asylum seekers (CADA)"))
      .put(CasfItem.I_14, entry("I 14°", true,
          "services mettant en œuvre les mesures de protection des majeurs ordonnées par"
              + " l'autorité judiciaire (MJPM)",
          "services carrying out court-ordered protection of adults (MJPM)"))
      .put(CasfItem.I_15, entry("I 15°", false,
          "services mettant en œuvre les mesures judiciaires d'aide à la gestion du budget familial"
              + " (délégués aux prestations familiales)",
          "court-ordered family budget support (family benefit delegates)"))
      .put(CasfItem.I_16, entry("I 16°", true,
          "services d'aide et d'accompagnement à domicile des familles fragiles (SAADF)",
          "home help and support for fragile families (SAADF)"))
      .put(CasfItem.I_17, entry("I 17°", false,
          "services d'évaluation des personnes se déclarant mineures et privées de la protection de"
              + " leur famille",
          "assessment of people who declare themselves unaccompanied minors"));

  private CasfL3121() {}

  /**
   * The citation of one item, {@code CASF art. L.312-1 I 8°}, flagged when unverified.
   *
   * @param item the item, not null
   * @return the reference, never null
   * @throws NullPointerException if item is null (a programmer error)
   */
  public static LegalReference reference(CasfItem item) {
    return ENTRIES.get(requireNonNull(item, "item")).get().reference;
  }

  /**
   * What the item covers, in French and English.
   *
   * @param item the item, not null
   * @return the description, never null
   * @throws NullPointerException if item is null (a programmer error)
   */
  public static Text description(CasfItem item) {
    return ENTRIES.get(requireNonNull(item, "item")).get().description;
  }

  private record Entry(LegalReference reference, Text description) {}

  private static Entry entry(String item, boolean verified, String fr, String en) {
    return new Entry(reference(item, verified), Text.of(fr, en));
  }

  private static LegalReference reference(String item, boolean verified) {
    return LegalReference.builder()
        .code("CASF")
        .article("L.312-1")
        .item(item)
        .verified(verified)
        .build()
        .getOrElseThrow(() -> new IllegalStateException("invalid CASF reference " + item));
  }
}
