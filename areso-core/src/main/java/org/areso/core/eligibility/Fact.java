package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Traversable;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.Country;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.Region;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;

/**
 * A fact a rule reads, with its type and the question a form asks to learn it: the structure's
 * CASF items or funders, the request's date, format or context, or a fact a rule author declares
 * with {@link #of(String, Class, Text)}.
 *
 * <p>When a fact is missing, a {@link Decision} lists it so that a form asks only what matters.
 * Facts are compared by identity: declare each one once, as a constant. Immutable and thread-safe.
 *
 * @param <T> the type of the fact's value
 */
public final class Fact<T> {

  // Where each standard fact is read from (constants, so that reads are one switch).
  private static final int DECLARED = -1;
  private static final int DATE = 0;
  private static final int FORMAT = 1;
  private static final int CONTEXT_SLOT = 2;
  private static final int CASF = 3;
  private static final int FUNDING = 4;
  private static final int HEADCOUNT_SLOT = 5;
  private static final int STAFF = 6;
  private static final int COUNTRY_SLOT = 7;
  private static final int LEGAL = 8;
  private static final int FINESS = 9;
  private static final int REGION_SLOT = 10;
  private static final int CANTON_SLOT = 11;

  /** The day the structure made its request. */
  public static final Fact<LocalDate> REQUEST_DATE = new Fact<>("request_date", LocalDate.class,
      Text.of("À quelle date la demande a-t-elle été faite ?",
          "On what date was the request made?",
          "An welchem Datum wurde das Gesuch gestellt?",
          "In che data è stata presentata la domanda?"),
      DATE);
  /** The format asked for, by its identifier, such as {@code accompaniment} or {@code seminar}. */
  public static final Fact<String> REQUESTED_FORMAT = new Fact<>("format", String.class,
      Text.of("Quel format est demandé ?", "Which format is requested?",
          "Welches Format wird verlangt?",
          "Quale formato è richiesto?"), FORMAT);
  /** The context of the request: curative, preventive or learning. */
  public static final Fact<InterventionContext> CONTEXT = new Fact<>(InterventionContext.FIELD,
      InterventionContext.class,
      Text.of("Dans quel contexte la demande est-elle faite ?",
          "In which context is the request made?",
          "In welchem Zusammenhang wird das Gesuch gestellt?",
          "In quale contesto è presentata la domanda?"), CONTEXT_SLOT);
  /**
   * The items of CASF L.312-1 I the structure falls under; the empty set when it is known to fall
   * under none.
   */
  public static final Fact<Set<CasfItem>> CASF_ITEMS = new Fact<>(CasfItem.FIELD, Set.class,
      Text.of("De quelle(s) catégorie(s) de l'article L.312-1 du CASF relève la structure ?",
          "Which categories of CASF article L.312-1 does the structure fall under?",
          "Unter welche Kategorien von Artikel L.312-1 CASF fällt die Struktur?",
          "In quali categorie dell'articolo L.312-1 CASF rientra la struttura?"), CASF);
  /** Who finances the structure; the empty set when it is known to have no funder. */
  public static final Fact<Set<FundingSource>> FUNDING_SOURCES = new Fact<>(FundingSource.FIELD,
      Set.class, Text.of("Qui finance la structure ?", "Who funds the structure?",
          "Wer finanziert die Struktur?",
          "Chi finanzia la struttura?"), FUNDING);
  /** The structure's headcount. */
  public static final Fact<Integer> HEADCOUNT = new Fact<>(Structure.HEADCOUNT, Integer.class,
      Text.of("Quel est l'effectif de la structure ?", "What is the structure's headcount?",
          "Wie viele Mitarbeitende hat die Struktur?",
          "Quanti collaboratori ha la struttura?"),
      HEADCOUNT_SLOT);
  /** Whether the structure has staff representatives. */
  public static final Fact<Boolean> STAFF_REPRESENTATION = new Fact<>(
      Structure.STAFF_REPRESENTATION, Boolean.class,
      Text.of("La structure a-t-elle des représentants du personnel ?",
          "Does the structure have staff representatives?",
          "Hat die Struktur eine Personalvertretung?",
          "La struttura ha rappresentanti del personale?"), STAFF);
  /** The structure's country. */
  public static final Fact<Country> COUNTRY = new Fact<>("country", Country.class,
      Text.of("Dans quel pays est la structure ?", "In which country is the structure?",
          "In welchem Land ist die Struktur?",
          "In quale paese si trova la struttura?"),
      COUNTRY_SLOT);
  /** The structure's legal form. */
  public static final Fact<LegalForm> LEGAL_FORM = new Fact<>("legal_form", LegalForm.class,
      Text.of("Quelle est la forme juridique de la structure ?",
          "What is the structure's legal form?",
          "Welche Rechtsform hat die Struktur?",
          "Qual è la forma giuridica della struttura?"), LEGAL);
  /**
   * The structure's FINESS category; {@link FinessCategory#none()} when it is known to have none,
   * which no list of categories holds.
   */
  public static final Fact<FinessCategory> FINESS_CATEGORY = new Fact<>("finess_category",
      FinessCategory.class, Text.of("Quelle est la catégorie FINESS de la structure ?",
          "What is the structure's FINESS category?",
          "Welche FINESS-Kategorie hat die Struktur?",
          "Qual è la categoria FINESS della struttura?"), FINESS);
  /**
   * The French region of the structure, given or following from its département: for regional
   * programmes such as a call for applications in Auvergne-Rhône-Alpes. A structure known to be
   * outside France has none, and a condition over it is not met, whatever it compares; with its
   * country unknown, the region is unknown.
   */
  public static final Fact<Region> REGION = new Fact<>(Region.FIELD, Region.class,
      Text.of("Dans quelle région est la structure ?", "In which region is the structure?",
          "In welcher französischen Region ist die Struktur?",
          "In quale regione francese si trova la struttura?"),
      REGION_SLOT);
  /**
   * The Swiss canton of the structure. A structure known to be outside Switzerland has none, and a
   * condition over it is not met.
   */
  public static final Fact<Canton> CANTON = new Fact<>(Canton.FIELD, Canton.class,
      Text.of("Dans quel canton est la structure ?", "In which canton is the structure?",
          "In welchem Kanton ist die Struktur?",
          "In quale cantone si trova la struttura?"),
      CANTON_SLOT);

  /** The facts Areso itself knows how to read, in a stable order. */
  public static final Seq<Fact<?>> STANDARD = List.of(REQUEST_DATE, REQUESTED_FORMAT, CONTEXT,
      CASF_ITEMS, FUNDING_SOURCES, HEADCOUNT, STAFF_REPRESENTATION, COUNTRY, LEGAL_FORM,
      FINESS_CATEGORY, REGION, CANTON);

  private final String name;
  private final Class<?> type;
  private final Text question;
  private final int slot;

  private Fact(String name, Class<?> type, Text question, int slot) {
    this.name = name;
    this.type = type;
    this.question = question;
    this.slot = slot;
  }

  /**
   * Declares a fact of a rule author's own, supplied by the host through
   * {@link Facts#with(Fact, Object)} or {@link Facts#withValue(Fact, Object)}.
   *
   * @param name the fact's name, as a host would write a column, not null
   * @param type the class of its values, not null
   * @param question the question a form asks to learn it, not null
   * @param <T> the type of the fact's value
   * @return the fact, never null; declare it once, as a constant
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static <T> Fact<T> of(String name, Class<T> type, Text question) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(question, "question");
    return new Fact<>(name, type, question, DECLARED);
  }

  /**
   * The fact's name, such as {@code casf_item} or {@code request_date}.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * The class of the fact's values.
   *
   * @return the class, never null
   */
  public Class<?> type() {
    return type;
  }

  /**
   * The question a form asks to learn this fact.
   *
   * @return the question, never null
   */
  public Text question() {
    return question;
  }

  /**
   * Whether this fact cannot apply to the request's structure: a French region to a structure
   * known to be outside France, a Swiss canton to one known to be outside Switzerland. Such a fact
   * has no value, and a condition over it is not met rather than undetermined: its question could
   * not be answered. Allocates nothing.
   */
  boolean absentFrom(Facts facts) {
    if (slot != REGION_SLOT && slot != CANTON_SLOT) {
      return false;
    }
    Country country = facts.structure().country().getOrNull();
    return country != null && country != (slot == REGION_SLOT ? Country.FR : Country.CH);
  }

  /** Where a standard fact is read from, 0 to 11 in the order of {@link #STANDARD}; -1 else. */
  int slot() {
    return slot;
  }

  /**
   * Reads this fact from a request's facts: its value, or an empty {@code Option} when unknown;
   * allocates nothing for the structure's facts.
   */
  @SuppressWarnings("unchecked")
  Option<T> read(Facts facts) {
    Structure s = facts.structure();
    return (Option<T>) switch (slot) {
      case CASF -> s.casfItems();
      case FUNDING -> s.fundingSources();
      case HEADCOUNT_SLOT -> s.headcount();
      case STAFF -> s.hasStaffRepresentation();
      case COUNTRY_SLOT -> s.country();
      case LEGAL -> s.legalForm();
      case FINESS -> s.finessCategory();
      case REGION_SLOT -> s.region();
      case CANTON_SLOT -> s.canton();
      default -> Option.of(valueOrNull(facts));
    };
  }

  /**
   * Reads this fact from a request's facts without wrapping it: its value, or null when unknown;
   * allocates nothing. The fast path's read.
   */
  Object valueOrNull(Facts facts) {
    return switch (slot) {
      case DATE -> facts.dateOrNull();
      case FORMAT -> facts.formatOrNull();
      case CONTEXT_SLOT -> facts.contextOrNull();
      case CASF -> facts.structure().casfItems().getOrNull();
      case FUNDING -> facts.structure().fundingSources().getOrNull();
      case HEADCOUNT_SLOT -> facts.structure().headcount().getOrNull();
      case STAFF -> facts.structure().hasStaffRepresentation().getOrNull();
      case COUNTRY_SLOT -> facts.structure().country().getOrNull();
      case LEGAL -> facts.structure().legalForm().getOrNull();
      case FINESS -> facts.structure().finessCategory().getOrNull();
      case REGION_SLOT -> facts.structure().region().getOrNull();
      case CANTON_SLOT -> facts.structure().canton().getOrNull();
      default -> facts.extraOrNull(this);
    };
  }

  /** A value of this fact as a person reads it: sets are listed, sorted; an empty one is none. */
  static String show(Object value) {
    if (value instanceof io.vavr.collection.Set<?> set && set.size() <= 2) {
      // The same text as below, with no iterator: a set's size, head and last cost nothing.
      if (set.isEmpty()) {
        return "none";
      }
      String first = show(set.head());
      if (set.size() == 1) {
        return first;
      }
      String second = show(set.last());
      return first.compareTo(second) <= 0 ? first + ", " + second : second + ", " + first;
    }
    if (value instanceof Traversable<?> many) {
      java.util.Iterator<?> values = many.iterator();
      if (!values.hasNext()) {
        return "none";
      }
      String first = show(values.next());
      if (!values.hasNext()) {
        return first;
      }
      java.util.ArrayList<String> shown = new java.util.ArrayList<>();
      shown.add(first);
      values.forEachRemaining(v -> shown.add(show(v)));
      java.util.Collections.sort(shown);
      return String.join(", ", shown);
    }
    return value instanceof CasfItem item ? item.number() : String.valueOf(value);
  }

  /** The fact's name. */
  @Override
  public String toString() {
    return name;
  }
}
