package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The employer that receives an engagement (établissement, entreprise, association): its
 * identifiers, legal form, country and location, headcount, FINESS category, CASF L.312-1 items,
 * funding sources, and whether it has staff representation.
 *
 * <p>Every attribute may be <em>unknown</em>, and unknown is not <em>none</em>: an empty
 * {@code Option} means the host does not know, while {@code Option.some(false)} for
 * {@link #hasStaffRepresentation()}, {@code Option.some(emptySet)} for {@link #casfItems()} or
 * {@link #fundingSources()}, or {@code Option.some(FinessCategory.none())} for
 * {@link #finessCategory()} means the host knows there is none. A rule over the first is
 * <em>undetermined</em> and asks for the fact; over the second it decides (a structure known to
 * fall under no CASF item is not one that falls under one of them).
 *
 * <p>Build one with {@link #builder()}, which checks every value and their consistency at once.
 * Immutable and thread-safe; equal when every attribute is equal.
 */
@Value.Immutable
public abstract class Structure {

  /** The longest name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The largest headcount accepted. */
  public static final int MAX_HEADCOUNT = 10_000_000;

  /** The field names used in reasons, also the screening CSV's column names. */
  public static final String NAME = "name";
  /** Field name of the headcount. */
  public static final String HEADCOUNT = "headcount";
  /** Field name of staff representation. */
  public static final String STAFF_REPRESENTATION = "staff_representation";

  Structure() {}

  /**
   * The structure's name, for people.
   *
   * @return the name, or none if unknown
   */
  public abstract Option<String> name();

  /**
   * The SIREN of its legal unit: as given, or else the first nine digits of its SIRET.
   *
   * @return the SIREN, or none if unknown
   */
  public abstract Option<Siren> siren();

  /**
   * The SIRET of the establishment.
   *
   * @return the SIRET, or none if unknown
   */
  public abstract Option<Siret> siret();

  /**
   * The FINESS number.
   *
   * @return the FINESS number, or none if unknown
   */
  public abstract Option<Finess> finess();

  /**
   * The Swiss enterprise identification number.
   *
   * @return the UID, or none if unknown
   */
  public abstract Option<SwissUid> uid();

  /**
   * The legal form.
   *
   * @return the legal form, or none if unknown
   */
  public abstract Option<LegalForm> legalForm();

  /**
   * The country, as given (Areso does not infer it from the other attributes).
   *
   * @return the country, or none if unknown
   */
  public abstract Option<Country> country();

  /**
   * The French département.
   *
   * @return the département, or none if unknown or not in France
   */
  public abstract Option<Departement> departement();

  /**
   * The French region: as given, or else the département's region.
   *
   * @return the region, or none if unknown or not in France
   */
  public abstract Option<Region> region();

  /**
   * The Swiss canton.
   *
   * @return the canton, or none if unknown or not in Switzerland
   */
  public abstract Option<Canton> canton();

  /**
   * The number of employees.
   *
   * @return the headcount, 0 to {@value #MAX_HEADCOUNT}, or none if unknown
   */
  public abstract Option<Integer> headcount();

  /**
   * The FINESS establishment category.
   *
   * @return the category ({@link FinessCategory#none()} when known to have none), or an empty
   *     {@code Option} if unknown
   */
  public abstract Option<FinessCategory> finessCategory();

  /**
   * The items of CASF L.312-1 I the structure falls under, as given by the host.
   *
   * @return the items (an empty set when known to be none), or an empty {@code Option} if
   *     unknown
   */
  public abstract Option<Set<CasfItem>> casfItems();

  /**
   * Who finances the structure.
   *
   * @return the funders (an empty set when known to be none), or an empty {@code Option} if
   *     unknown
   */
  public abstract Option<Set<FundingSource>> fundingSources();

  /**
   * Whether the structure has staff representation (a CSE, a staff committee).
   *
   * @return some(true) or some(false) when known, none if unknown
   */
  public abstract Option<Boolean> hasStaffRepresentation();

  /**
   * Starts a structure with every attribute unknown. The builder is mutable and not thread-safe.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects a structure's attributes, typed or as text a person typed, and checks them all at
   * once in {@link #build()}.
   *
   * <p>Each attribute has a typed setter and a text setter; in a text setter an empty or blank
   * text means <em>unknown</em>, as an empty CSV cell does. The FINESS category, CASF items and
   * funding sources may also be <em>known to be none</em>: the typed setters take
   * {@link FinessCategory#none()} or an empty list, and the text setters read {@code none},
   * {@code aucun} or {@code aucune}, in any case; {@code none} beside other values
   * ({@code none|8}) is refused ({@code NONE_WITH_VALUES}). Setting an attribute again replaces
   * the earlier value and any reason it had. Mutable, not thread-safe.
   */
  public static final class Builder {
    private static final Map<String, Boolean> YES_NO =
        List.of("YES", "Y", "TRUE", "OUI", "O", "1").toMap(k -> k, k -> Boolean.TRUE)
            .merge(List.of("NO", "N", "FALSE", "NON", "0").toMap(k -> k, k -> Boolean.FALSE));
    /**
     * The words a person types to say a FINESS category, the CASF items or the funders are known
     * to be none, matched ignoring case and surrounding spaces.
     */
    private static final Seq<String> NONE_WORDS = List.of("none", "aucun", "aucune");
    private static final Text NAME_EXPECTED =
        Text.of("un nom sans caractère de contrôle", "a name with no control character");
    private static final Text COUNT_EXPECTED =
        Text.of("un nombre entier positif", "a non-negative whole number");

    private Validation<Seq<Reason>, Option<String>> name = unknown();
    private Validation<Seq<Reason>, Option<Siren>> siren = unknown();
    private Validation<Seq<Reason>, Option<Siret>> siret = unknown();
    private Validation<Seq<Reason>, Option<Finess>> finess = unknown();
    private Validation<Seq<Reason>, Option<SwissUid>> uid = unknown();
    private Validation<Seq<Reason>, Option<LegalForm>> legalForm = unknown();
    private Validation<Seq<Reason>, Option<Country>> country = unknown();
    private Validation<Seq<Reason>, Option<Departement>> departement = unknown();
    private Validation<Seq<Reason>, Option<Region>> region = unknown();
    private Validation<Seq<Reason>, Option<Canton>> canton = unknown();
    private Validation<Seq<Reason>, Option<Integer>> headcount = unknown();
    private Validation<Seq<Reason>, Option<FinessCategory>> finessCategory = unknown();
    private Validation<Seq<Reason>, Option<Set<CasfItem>>> casfItems = unknown();
    private Validation<Seq<Reason>, Option<Set<FundingSource>>> fundingSources = unknown();
    private Validation<Seq<Reason>, Option<Boolean>> staffRepresentation = unknown();

    private Builder() {}

    private static <T> Validation<Seq<Reason>, Option<T>> unknown() {
      return Validation.valid(Option.none());
    }

    private static <T> Validation<Seq<Reason>, Option<T>> known(T value, String argument) {
      return Validation.valid(Option.some(requireNonNull(value, argument)));
    }

    /**
     * Sets the name; blank means unknown.
     *
     * @param name the name, not null
     * @return this builder
     * @throws NullPointerException if name is null (a programmer error)
     */
    public Builder name(String name) {
      this.name = Input.optional(requireNonNull(name, "name"), raw ->
          Input.required(NAME, raw, MAX_NAME_LENGTH).flatMap(text ->
              text.chars().anyMatch(Character::isISOControl)
                  ? Input.invalid(new FieldReason.Malformed(NAME, text, NAME_EXPECTED))
                  : Validation.valid(text)));
      return this;
    }

    /**
     * Sets the SIREN.
     *
     * @param siren the SIREN, not null
     * @return this builder
     * @throws NullPointerException if siren is null (a programmer error)
     */
    public Builder siren(Siren siren) {
      this.siren = known(siren, "siren");
      return this;
    }

    /**
     * Sets the SIREN from text; blank means unknown.
     *
     * @param siren the text, not null
     * @return this builder
     * @throws NullPointerException if siren is null (a programmer error)
     */
    public Builder siren(String siren) {
      this.siren = Input.optional(requireNonNull(siren, "siren"), Siren::parse);
      return this;
    }

    /**
     * Sets the SIRET.
     *
     * @param siret the SIRET, not null
     * @return this builder
     * @throws NullPointerException if siret is null (a programmer error)
     */
    public Builder siret(Siret siret) {
      this.siret = known(siret, "siret");
      return this;
    }

    /**
     * Sets the SIRET from text; blank means unknown.
     *
     * @param siret the text, not null
     * @return this builder
     * @throws NullPointerException if siret is null (a programmer error)
     */
    public Builder siret(String siret) {
      this.siret = Input.optional(requireNonNull(siret, "siret"), Siret::parse);
      return this;
    }

    /**
     * Sets the FINESS number.
     *
     * @param finess the FINESS number, not null
     * @return this builder
     * @throws NullPointerException if finess is null (a programmer error)
     */
    public Builder finess(Finess finess) {
      this.finess = known(finess, "finess");
      return this;
    }

    /**
     * Sets the FINESS number from text; blank means unknown.
     *
     * @param finess the text, not null
     * @return this builder
     * @throws NullPointerException if finess is null (a programmer error)
     */
    public Builder finess(String finess) {
      this.finess = Input.optional(requireNonNull(finess, "finess"), Finess::parse);
      return this;
    }

    /**
     * Sets the Swiss UID.
     *
     * @param uid the UID, not null
     * @return this builder
     * @throws NullPointerException if uid is null (a programmer error)
     */
    public Builder uid(SwissUid uid) {
      this.uid = known(uid, "uid");
      return this;
    }

    /**
     * Sets the Swiss UID from text; blank means unknown.
     *
     * @param uid the text, not null
     * @return this builder
     * @throws NullPointerException if uid is null (a programmer error)
     */
    public Builder uid(String uid) {
      this.uid = Input.optional(requireNonNull(uid, "uid"), SwissUid::parse);
      return this;
    }

    /**
     * Sets the legal form.
     *
     * @param legalForm the legal form, not null
     * @return this builder
     * @throws NullPointerException if legalForm is null (a programmer error)
     */
    public Builder legalForm(LegalForm legalForm) {
      this.legalForm = known(legalForm, "legalForm");
      return this;
    }

    /**
     * Sets the legal form from text ({@link LegalForm#parse}); blank means unknown.
     *
     * @param legalForm the text, not null
     * @return this builder
     * @throws NullPointerException if legalForm is null (a programmer error)
     */
    public Builder legalForm(String legalForm) {
      this.legalForm = Input.optional(requireNonNull(legalForm, "legalForm"), LegalForm::parse);
      return this;
    }

    /**
     * Sets the country.
     *
     * @param country the country, not null
     * @return this builder
     * @throws NullPointerException if country is null (a programmer error)
     */
    public Builder country(Country country) {
      this.country = known(country, "country");
      return this;
    }

    /**
     * Sets the country from text ({@code FR}, {@code CH}); blank means unknown.
     *
     * @param country the text, not null
     * @return this builder
     * @throws NullPointerException if country is null (a programmer error)
     */
    public Builder country(String country) {
      this.country = Input.optional(requireNonNull(country, "country"), Country::parse);
      return this;
    }

    /**
     * Sets the French département.
     *
     * @param departement the département, not null
     * @return this builder
     * @throws NullPointerException if departement is null (a programmer error)
     */
    public Builder departement(Departement departement) {
      this.departement = known(departement, "departement");
      return this;
    }

    /**
     * Sets the French département from its code; blank means unknown.
     *
     * @param departement the text, not null
     * @return this builder
     * @throws NullPointerException if departement is null (a programmer error)
     */
    public Builder departement(String departement) {
      this.departement =
          Input.optional(requireNonNull(departement, "departement"), Departement::parse);
      return this;
    }

    /**
     * Sets the French region.
     *
     * @param region the region, not null
     * @return this builder
     * @throws NullPointerException if region is null (a programmer error)
     */
    public Builder region(Region region) {
      this.region = known(region, "region");
      return this;
    }

    /**
     * Sets the French region from its INSEE code or name; blank means unknown.
     *
     * @param region the text, not null
     * @return this builder
     * @throws NullPointerException if region is null (a programmer error)
     */
    public Builder region(String region) {
      this.region = Input.optional(requireNonNull(region, "region"), Region::parse);
      return this;
    }

    /**
     * Sets the Swiss canton.
     *
     * @param canton the canton, not null
     * @return this builder
     * @throws NullPointerException if canton is null (a programmer error)
     */
    public Builder canton(Canton canton) {
      this.canton = known(canton, "canton");
      return this;
    }

    /**
     * Sets the Swiss canton from its abbreviation; blank means unknown.
     *
     * @param canton the text, not null
     * @return this builder
     * @throws NullPointerException if canton is null (a programmer error)
     */
    public Builder canton(String canton) {
      this.canton = Input.optional(requireNonNull(canton, "canton"), Canton::parse);
      return this;
    }

    /**
     * Sets the headcount; checked in {@link #build()} to be 0 to {@value #MAX_HEADCOUNT}.
     *
     * @param headcount the number of employees
     * @return this builder
     */
    public Builder headcount(int headcount) {
      this.headcount = checkHeadcount((long) headcount, Integer.toString(headcount));
      return this;
    }

    /**
     * Sets the headcount from text; blank means unknown.
     *
     * @param headcount the text, not null
     * @return this builder
     * @throws NullPointerException if headcount is null (a programmer error)
     */
    public Builder headcount(String headcount) {
      this.headcount = Input.optional(requireNonNull(headcount, "headcount"), raw ->
          Input.required(HEADCOUNT, raw, Input.MAX_CODE_LENGTH).flatMap(text -> {
            if (!Input.isDigits(text)) {
              return Input.invalid(new FieldReason.Malformed(HEADCOUNT, text, COUNT_EXPECTED));
            }
            long value = text.length() > 12 ? Long.MAX_VALUE : Long.parseLong(text);
            return checkHeadcount(value, text).map(Option::get);
          }));
      return this;
    }

    private static Validation<Seq<Reason>, Option<Integer>> checkHeadcount(long value, String text) {
      if (value < 0 || value > MAX_HEADCOUNT) {
        return Input.invalid(
            new FieldReason.OutOfRange(HEADCOUNT, text, "0", Integer.toString(MAX_HEADCOUNT)));
      }
      return Validation.valid(Option.some((int) value));
    }

    /**
     * Sets the FINESS category; {@link FinessCategory#none()} when known to have none.
     *
     * @param category the category, not null
     * @return this builder
     * @throws NullPointerException if category is null (a programmer error)
     */
    public Builder finessCategory(FinessCategory category) {
      this.finessCategory = known(category, "category");
      return this;
    }

    /**
     * Sets the FINESS category from its code ({@code 214}), or {@code none} ({@code aucun},
     * {@code aucune}) when known to have none; blank means unknown.
     *
     * @param category the text, not null
     * @return this builder
     * @throws NullPointerException if category is null (a programmer error)
     */
    public Builder finessCategory(String category) {
      this.finessCategory = Input.optional(requireNonNull(category, "category"), raw ->
          isNone(raw) ? Validation.valid(FinessCategory.none()) : FinessCategory.parse(raw));
      return this;
    }

    /**
     * Sets the CASF L.312-1 items, known; an empty set means known to fall under none.
     *
     * @param items the items, not null
     * @return this builder
     * @throws NullPointerException if items or an item is null (a programmer error)
     */
    public Builder casfItems(Iterable<CasfItem> items) {
      this.casfItems = known(copy(items, "items"), "items");
      return this;
    }

    /**
     * Sets the CASF L.312-1 items from text, {@code |}-separated ({@code 8}, {@code 5a|7}), or
     * {@code none} ({@code aucun}, {@code aucune}) when known to fall under none; blank means
     * unknown, and {@code none} beside an item is refused ({@code NONE_WITH_VALUES}).
     *
     * @param items the text, not null
     * @return this builder
     * @throws NullPointerException if items is null (a programmer error)
     */
    public Builder casfItems(String items) {
      this.casfItems = Input.optional(requireNonNull(items, "items"),
          raw -> splitAll(CasfItem.FIELD, raw, CasfItem::parse));
      return this;
    }

    /**
     * Sets the funding sources, known; an empty set means known to have none of them.
     *
     * @param sources the funders, not null
     * @return this builder
     * @throws NullPointerException if sources or a source is null (a programmer error)
     */
    public Builder fundingSources(Iterable<FundingSource> sources) {
      this.fundingSources = known(copy(sources, "sources"), "sources");
      return this;
    }

    /**
     * Sets the funding sources from text, {@code |}-separated ({@code P177|ARS}), or {@code none}
     * ({@code aucun}, {@code aucune}) when known to have none; blank means unknown, and
     * {@code none} beside a funder is refused ({@code NONE_WITH_VALUES}).
     *
     * @param sources the text, not null
     * @return this builder
     * @throws NullPointerException if sources is null (a programmer error)
     */
    public Builder fundingSources(String sources) {
      this.fundingSources = Input.optional(requireNonNull(sources, "sources"),
          raw -> splitAll(FundingSource.FIELD, raw, FundingSource::parse));
      return this;
    }

    /**
     * Sets whether the structure has staff representation, known.
     *
     * @param present true when it has a CSE or a staff committee
     * @return this builder
     */
    public Builder staffRepresentation(boolean present) {
      this.staffRepresentation = Validation.valid(Option.some(present));
      return this;
    }

    /**
     * Sets whether the structure has staff representation from text: {@code yes}/{@code no}
     * (also {@code oui}/{@code non}, {@code true}/{@code false}, {@code 1}/{@code 0}); blank means
     * unknown.
     *
     * @param present the text, not null
     * @return this builder
     * @throws NullPointerException if present is null (a programmer error)
     */
    public Builder staffRepresentation(String present) {
      this.staffRepresentation = Input.optional(requireNonNull(present, "present"), raw ->
          Input.code(STAFF_REPRESENTATION, raw, YES_NO, List.of("yes", "no")));
      return this;
    }

    /** Whether a text is one of {@link #NONE_WORDS}: known to be none, not unknown. */
    private static boolean isNone(String raw) {
      String text = Input.trim(raw);
      return NONE_WORDS.exists(word -> word.equalsIgnoreCase(text));
    }

    private static <T> Set<T> copy(Iterable<T> items, String argument) {
      requireNonNull(items, argument);
      Set<T> copy = LinkedHashSet.ofAll(items);
      copy.forEach(item -> requireNonNull(item, argument + "[]"));
      return copy;
    }

    /**
     * A {@code |}-separated list: every part parsed, or only none words (the empty set, known);
     * none words beside values are {@code NONE_WITH_VALUES}, reported with the values' own
     * reasons.
     */
    private static <T> Validation<Seq<Reason>, Set<T>> splitAll(
        String field, String raw, Function<String, Validation<Seq<Reason>, T>> parse) {
      if (raw.length() > Input.MAX_RAW_LENGTH) {
        return Input.invalid(
            new FieldReason.TooLong(field, raw.length(), Input.MAX_RAW_LENGTH));
      }
      Seq<String> parts = List.of(raw.split("\\|", -1));
      Seq<String> values = parts.filter(part -> !isNone(part));
      Validation<Seq<Reason>, Seq<String>> noneAlone = values.isEmpty()
          || values.size() == parts.size()
          ? Validation.valid(values)
          : Input.invalid(new FieldReason.NoneWithValues(field, Input.trim(raw)));
      return Validation.combine(noneAlone, Validation.traverse(values, parse))
          .ap((unused, items) -> (Set<T>) LinkedHashSet.ofAll(items))
          .mapError(errors -> errors.flatMap(e -> e));
    }

    /**
     * Checks every attribute and their consistency, and builds the structure.
     *
     * <p>Every reason is reported, not only the first: first each attribute's own reasons, in
     * the order of the attributes, then the contradictions between the attributes that were read
     * ({@code INCONSISTENT_FIELDS}): a SIRET whose SIREN differs from the SIREN; a FINESS number
     * whose département differs from the département; a département outside the region; French
     * attributes (SIREN, SIRET, FINESS, département, region, FINESS category, CASF items) on a
     * Swiss structure or together with a canton or a UID; Swiss attributes on a French structure.
     * A FINESS category or CASF items known to be none are not French attributes.
     *
     * @return the structure, or every reason found
     */
    public Validation<Seq<Reason>, Structure> build() {
      Seq<Reason> reasons = List.of(name, siren, siret, finess, uid, legalForm, country,
              departement, region, canton, headcount, finessCategory, casfItems, fundingSources,
              staffRepresentation)
          .filter(Validation::isInvalid)
          .flatMap(Validation::getError);
      // Contradictions are looked for among the attributes that were read, so that a host sees
      // every problem of a row at once, not the attribute errors first and the rest on a retry.
      Option<Siret> siretValue = orUnknown(siret);
      Option<Departement> departementValue = orUnknown(departement);
      Option<Region> givenRegion = orUnknown(region);
      Structure structure = ImmutableStructure.assembler()
          .name(orUnknown(name))
          .siren(orUnknown(siren).orElse(siretValue.map(Siret::siren)))
          .siret(siretValue)
          .finess(orUnknown(finess))
          .uid(orUnknown(uid))
          .legalForm(orUnknown(legalForm))
          .country(orUnknown(country))
          .departement(departementValue)
          .region(givenRegion.orElse(departementValue.flatMap(Departement::region)))
          .canton(orUnknown(canton))
          .headcount(orUnknown(headcount))
          .finessCategory(orUnknown(finessCategory))
          .casfItems(orUnknown(casfItems))
          .fundingSources(orUnknown(fundingSources))
          .hasStaffRepresentation(orUnknown(staffRepresentation))
          .build();
      Seq<Reason> all = reasons.appendAll(Consistency.of(structure, givenRegion));
      return all.isEmpty() ? Validation.valid(structure) : Validation.invalid(all);
    }

    private static <T> Option<T> orUnknown(Validation<Seq<Reason>, Option<T>> attribute) {
      return attribute.getOrElse(Option.none());
    }
  }
}
