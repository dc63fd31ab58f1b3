package org.areso.core.kernel;

import static org.areso.core.kernel.Structure.HEADCOUNT;
import static org.areso.core.kernel.Structure.MAX_HEADCOUNT;
import static org.areso.core.kernel.Structure.MAX_NAME_LENGTH;
import static org.areso.core.kernel.Structure.NAME;
import static org.areso.core.kernel.Structure.STAFF_REPRESENTATION;
import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Collects a structure's attributes, typed or as text a person typed, and checks them all at
 * once in {@link #build()}. Started by {@link Structure#builder()}.
 *
 * <p>Each attribute has a typed setter and a text setter; in a text setter an empty or blank
 * text means <em>unknown</em>, as an empty CSV cell does. The FINESS category, CASF items and
 * funding sources may also be <em>known to be none</em>: the typed setters take
 * {@link FinessCategory#none()} or an empty list, and the text setters read {@code none},
 * {@code aucun}, {@code aucune}, {@code keine}, {@code kein}, {@code nessuno} or
 * {@code nessuna}, in any case; {@code none} beside other values
 * ({@code none|8}) is refused ({@code NONE_WITH_VALUES}). Setting an attribute again replaces
 * the earlier value and any reason it had. Mutable, not thread-safe.
 */
public final class StructureBuilder {
  private static final Map<String, Boolean> YES_NO =
      List.of("YES", "Y", "TRUE", "OUI", "O", "JA", "SÌ", "SI", "1")
          .toMap(k -> k, k -> Boolean.TRUE)
          .merge(List.of("NO", "N", "FALSE", "NON", "NEIN", "0")
              .toMap(k -> k, k -> Boolean.FALSE));
  /**
   * The words a person types to say a FINESS category, the CASF items or the funders are known
   * to be none, matched ignoring case and surrounding spaces.
   */
  private static final Text NAME_EXPECTED =
      Text.of("un nom sans caractère de contrôle", "a name with no control character",
          "ein Name ohne Steuerzeichen",
          "un nome senza caratteri di controllo");
  /** A number whose thousands are grouped by one apostrophe or one kind of space throughout. */
  private static final Pattern GROUPED =
      Pattern.compile("\\d{1,3}(['\u2019 \u00A0\u202F])\\d{3}(?:\\1\\d{3})*");
  private static final Text COUNT_EXPECTED =
      Text.of("un nombre entier positif", "a non-negative whole number",
          "eine ganze Zahl ab 0",
          "un numero intero non negativo");

  /**
   * The attributes, in the order build() reports their reasons: the value of each is held apart,
   * none when unknown or refused, and the reasons of a refused text by its attribute.
   */
  private enum Slot {
    NAME, SIREN, SIRET, FINESS, UID, LEGAL_FORM, COUNTRY, DEPARTEMENT, REGION, CANTON, HEADCOUNT,
    FINESS_CATEGORY, CASF_ITEMS, FUNDING_SOURCES, STAFF_REPRESENTATION;

    static final int COUNT = values().length;
  }

  private Option<String> name = Option.none();
  private Option<Siren> siren = Option.none();
  private Option<Siret> siret = Option.none();
  private Option<Finess> finess = Option.none();
  private Option<SwissUid> uid = Option.none();
  private Option<LegalForm> legalForm = Option.none();
  private Option<Country> country = Option.none();
  private Option<Departement> departement = Option.none();
  private Option<Region> region = Option.none();
  private Option<Canton> canton = Option.none();
  private Option<Integer> headcount = Option.none();
  private Option<FinessCategory> finessCategory = Option.none();
  private Option<Set<CasfItem>> casfItems = Option.none();
  private Option<Set<FundingSource>> fundingSources = Option.none();
  private Option<Boolean> staffRepresentation = Option.none();
  private Seq<Reason>[] reasons;

  // A value of an enumeration, or a yes or no, is one of a few: each is held once as the known
  // attribute, shared by every builder, so that setting it allocates nothing (a screening sets
  // them on every row).
  private static final Option<LegalForm>[] LEGAL_FORMS = constants(LegalForm.values());
  private static final Option<Country>[] COUNTRIES = constants(Country.values());
  private static final Option<Region>[] REGIONS = constants(Region.values());
  private static final Option<Canton>[] CANTONS = constants(Canton.values());
  private static final Option<Boolean> YES = Option.some(true);
  private static final Option<Boolean> NO = Option.some(false);

  StructureBuilder() {}

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> Option<E>[] constants(E[] values) {
    Option<E>[] known = new Option[values.length];
    for (E value : values) {
      known[value.ordinal()] = Option.some(value);
    }
    return known;
  }

  /** A known value of an attribute: the reasons of an earlier text, if any, are dropped. */
  private <T> Option<T> known(Slot attribute, Option<T> value) {
    if (reasons != null) {
      reasons[attribute.ordinal()] = null;
    }
    return value;
  }

  /** What a text gave an attribute: its value, or none, its reasons kept for build(). */
  @SuppressWarnings("unchecked")
  private <T> Option<T> read(Slot attribute, Validation<Seq<Reason>, Option<T>> read) {
    if (read.isValid()) {
      return known(attribute, read.get());
    }
    if (reasons == null) {
      reasons = new Seq[Slot.COUNT];
    }
    reasons[attribute.ordinal()] = read.getError();
    return Option.none();
  }

  /**
   * Sets the name; blank means unknown.
   *
   * @param name the name, not null
   * @return this builder
   * @throws NullPointerException if name is null (a programmer error)
   */
  public StructureBuilder name(String name) {
    requireNonNull(name, "name");
    if (isPlainName(name)) {
      // The common case, read without the steps below (the same name they would give).
      this.name = known(Slot.NAME, Option.some(name));
      return this;
    }
    this.name = read(Slot.NAME, Input.optional(name, raw ->
        Input.required(NAME, raw, MAX_NAME_LENGTH).flatMap(text ->
            text.chars().anyMatch(Character::isISOControl)
                ? Input.invalid(new FieldReason.Malformed(NAME, text, NAME_EXPECTED))
                : Validation.valid(text))));
    return this;
  }

  /**
   * Whether a name is accepted as it is: not too long, no space around it, no control character.
   */
  private static boolean isPlainName(String name) {
    int length = name.length();
    if (length == 0 || length > MAX_NAME_LENGTH || Input.isSpace(name.charAt(0))
        || Input.isSpace(name.charAt(length - 1))) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (Character.isISOControl(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sets the SIREN.
   *
   * @param siren the SIREN, not null
   * @return this builder
   * @throws NullPointerException if siren is null (a programmer error)
   */
  public StructureBuilder siren(Siren siren) {
    this.siren = known(Slot.SIREN, Option.some(requireNonNull(siren, "siren")));
    return this;
  }

  /**
   * Sets the SIREN from text; blank means unknown.
   *
   * @param siren the text, not null
   * @return this builder
   * @throws NullPointerException if siren is null (a programmer error)
   */
  public StructureBuilder siren(String siren) {
    this.siren = read(Slot.SIREN, Input.optional(requireNonNull(siren, "siren"), Siren::parse));
    return this;
  }

  /**
   * Sets the SIRET.
   *
   * @param siret the SIRET, not null
   * @return this builder
   * @throws NullPointerException if siret is null (a programmer error)
   */
  public StructureBuilder siret(Siret siret) {
    this.siret = known(Slot.SIRET, Option.some(requireNonNull(siret, "siret")));
    return this;
  }

  /**
   * Sets the SIRET from text; blank means unknown.
   *
   * @param siret the text, not null
   * @return this builder
   * @throws NullPointerException if siret is null (a programmer error)
   */
  public StructureBuilder siret(String siret) {
    // Fourteen digits that pass the checks, the common case, are read without the steps below.
    Siret plain = Siret.plainOrNull(requireNonNull(siret, "siret"));
    this.siret = plain != null ? known(Slot.SIRET, Option.some(plain))
        : read(Slot.SIRET, Input.optional(siret, Siret::parse));
    return this;
  }

  /**
   * Sets the FINESS number.
   *
   * @param finess the FINESS number, not null
   * @return this builder
   * @throws NullPointerException if finess is null (a programmer error)
   */
  public StructureBuilder finess(Finess finess) {
    this.finess = known(Slot.FINESS, Option.some(requireNonNull(finess, "finess")));
    return this;
  }

  /**
   * Sets the FINESS number from text; blank means unknown.
   *
   * @param finess the text, not null
   * @return this builder
   * @throws NullPointerException if finess is null (a programmer error)
   */
  public StructureBuilder finess(String finess) {
    Finess plain = Finess.plainOrNull(requireNonNull(finess, "finess"));
    this.finess = plain != null ? known(Slot.FINESS, Option.some(plain))
        : read(Slot.FINESS, Input.optional(finess, Finess::parse));
    return this;
  }

  /**
   * Sets the Swiss UID.
   *
   * @param uid the UID, not null
   * @return this builder
   * @throws NullPointerException if uid is null (a programmer error)
   */
  public StructureBuilder uid(SwissUid uid) {
    this.uid = known(Slot.UID, Option.some(requireNonNull(uid, "uid")));
    return this;
  }

  /**
   * Sets the Swiss UID from text; blank means unknown.
   *
   * @param uid the text, not null
   * @return this builder
   * @throws NullPointerException if uid is null (a programmer error)
   */
  public StructureBuilder uid(String uid) {
    this.uid = read(Slot.UID, Input.optional(requireNonNull(uid, "uid"), SwissUid::parse));
    return this;
  }

  /**
   * Sets the legal form.
   *
   * @param legalForm the legal form, not null
   * @return this builder
   * @throws NullPointerException if legalForm is null (a programmer error)
   */
  public StructureBuilder legalForm(LegalForm legalForm) {
    this.legalForm =
        known(Slot.LEGAL_FORM, LEGAL_FORMS[requireNonNull(legalForm, "legalForm").ordinal()]);
    return this;
  }

  /**
   * Sets the legal form from text ({@link LegalForm#parse}); blank means unknown.
   *
   * @param legalForm the text, not null
   * @return this builder
   * @throws NullPointerException if legalForm is null (a programmer error)
   */
  public StructureBuilder legalForm(String legalForm) {
    this.legalForm = read(Slot.LEGAL_FORM,
        Input.optional(requireNonNull(legalForm, "legalForm"), LegalForm::parse));
    return this;
  }

  /**
   * Sets the country.
   *
   * @param country the country, not null
   * @return this builder
   * @throws NullPointerException if country is null (a programmer error)
   */
  public StructureBuilder country(Country country) {
    this.country = known(Slot.COUNTRY, COUNTRIES[requireNonNull(country, "country").ordinal()]);
    return this;
  }

  /**
   * Sets the country from text ({@code FR}, {@code CH}); blank means unknown.
   *
   * @param country the text, not null
   * @return this builder
   * @throws NullPointerException if country is null (a programmer error)
   */
  public StructureBuilder country(String country) {
    this.country =
        read(Slot.COUNTRY, Input.optional(requireNonNull(country, "country"), Country::parse));
    return this;
  }

  /**
   * Sets the French département.
   *
   * @param departement the département, not null
   * @return this builder
   * @throws NullPointerException if departement is null (a programmer error)
   */
  public StructureBuilder departement(Departement departement) {
    this.departement =
        known(Slot.DEPARTEMENT, Option.some(requireNonNull(departement, "departement")));
    return this;
  }

  /**
   * Sets the French département from its code; blank means unknown.
   *
   * @param departement the text, not null
   * @return this builder
   * @throws NullPointerException if departement is null (a programmer error)
   */
  public StructureBuilder departement(String departement) {
    this.departement = read(Slot.DEPARTEMENT,
        Input.optional(requireNonNull(departement, "departement"), Departement::parse));
    return this;
  }

  /**
   * Sets the French region.
   *
   * @param region the region, not null
   * @return this builder
   * @throws NullPointerException if region is null (a programmer error)
   */
  public StructureBuilder region(Region region) {
    this.region = known(Slot.REGION, REGIONS[requireNonNull(region, "region").ordinal()]);
    return this;
  }

  /**
   * Sets the French region from its INSEE code or name; blank means unknown.
   *
   * @param region the text, not null
   * @return this builder
   * @throws NullPointerException if region is null (a programmer error)
   */
  public StructureBuilder region(String region) {
    this.region =
        read(Slot.REGION, Input.optional(requireNonNull(region, "region"), Region::parse));
    return this;
  }

  /**
   * Sets the Swiss canton.
   *
   * @param canton the canton, not null
   * @return this builder
   * @throws NullPointerException if canton is null (a programmer error)
   */
  public StructureBuilder canton(Canton canton) {
    this.canton = known(Slot.CANTON, CANTONS[requireNonNull(canton, "canton").ordinal()]);
    return this;
  }

  /**
   * Sets the Swiss canton from its abbreviation or its name in German, French or Italian
   * ({@link Canton#parse}); blank means unknown.
   *
   * @param canton the text, not null
   * @return this builder
   * @throws NullPointerException if canton is null (a programmer error)
   */
  public StructureBuilder canton(String canton) {
    this.canton =
        read(Slot.CANTON, Input.optional(requireNonNull(canton, "canton"), Canton::parse));
    return this;
  }

  /**
   * Sets the headcount; checked in {@link #build()} to be 0 to {@value Structure#MAX_HEADCOUNT}.
   *
   * @param headcount the number of employees
   * @return this builder
   */
  public StructureBuilder headcount(int headcount) {
    this.headcount = headcount >= 0 && headcount <= MAX_HEADCOUNT
        ? known(Slot.HEADCOUNT, Option.some(headcount))
        : read(Slot.HEADCOUNT, checkHeadcount((long) headcount, null));
    return this;
  }

  /**
   * Sets the headcount from text, its thousands grouped or not ({@code 1200}, {@code 1'200},
   * {@code 1 200}); blank means unknown.
   *
   * @param headcount the text, not null
   * @return this builder
   * @throws NullPointerException if headcount is null (a programmer error)
   */
  public StructureBuilder headcount(String headcount) {
    this.headcount = read(Slot.HEADCOUNT,
        Input.optional(requireNonNull(headcount, "headcount"), raw ->
        Input.required(HEADCOUNT, raw, Input.MAX_CODE_LENGTH).flatMap(text -> {
          // thousands may be grouped as a Swiss or a French number writes them: 1'200, 1 200,
          // by one separator throughout
          String digits = Input.isDigits(text) || !GROUPED.matcher(text).matches() ? text
              : text.replace(text.substring(text.length() - 4, text.length() - 3), "");
          if (!Input.isDigits(digits)) {
            return Input.invalid(new FieldReason.Malformed(HEADCOUNT, text, COUNT_EXPECTED));
          }
          long value = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
          return checkHeadcount(value, text).map(Option::get);
        })));
    return this;
  }

  /** The headcount checked; {@code text} is what was typed, or null for a number given. */
  private static Validation<Seq<Reason>, Option<Integer>> checkHeadcount(long value, String text) {
    if (value < 0 || value > MAX_HEADCOUNT) {
      return Input.invalid(new FieldReason.OutOfRange(HEADCOUNT,
          text == null ? Long.toString(value) : text, "0", Integer.toString(MAX_HEADCOUNT)));
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
  public StructureBuilder finessCategory(FinessCategory category) {
    this.finessCategory =
        known(Slot.FINESS_CATEGORY, Option.some(requireNonNull(category, "category")));
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
  public StructureBuilder finessCategory(String category) {
    this.finessCategory = read(Slot.FINESS_CATEGORY,
        Input.optional(requireNonNull(category, "category"), raw -> ListCell.isNone(raw)
            ? Validation.valid(FinessCategory.none()) : FinessCategory.parse(raw)));
    return this;
  }

  /**
   * Sets the CASF L.312-1 items, known; an empty set means known to fall under none.
   *
   * @param items the items, not null
   * @return this builder
   * @throws NullPointerException if items or an item is null (a programmer error)
   */
  public StructureBuilder casfItems(Iterable<CasfItem> items) {
    this.casfItems = known(Slot.CASF_ITEMS, Option.some(ListCell.copy(items, "items")));
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
  public StructureBuilder casfItems(String items) {
    this.casfItems = read(Slot.CASF_ITEMS, Input.optional(requireNonNull(items, "items"),
        raw -> ListCell.split(CasfItem.FIELD, raw, CasfItem::parse)));
    return this;
  }

  /**
   * Sets the funding sources, known; an empty set means known to have none of them.
   *
   * @param sources the funders, not null
   * @return this builder
   * @throws NullPointerException if sources or a source is null (a programmer error)
   */
  public StructureBuilder fundingSources(Iterable<FundingSource> sources) {
    this.fundingSources =
        known(Slot.FUNDING_SOURCES, Option.some(ListCell.copy(sources, "sources")));
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
  public StructureBuilder fundingSources(String sources) {
    this.fundingSources = read(Slot.FUNDING_SOURCES,
        Input.optional(requireNonNull(sources, "sources"),
        raw -> ListCell.split(FundingSource.FIELD, raw, FundingSource::parse)));
    return this;
  }

  /**
   * Sets whether the structure has staff representation, known.
   *
   * @param present true when it has a CSE or a staff committee
   * @return this builder
   */
  public StructureBuilder staffRepresentation(boolean present) {
    this.staffRepresentation = known(Slot.STAFF_REPRESENTATION, present ? YES : NO);
    return this;
  }

  /**
   * Sets whether the structure has staff representation from text: {@code yes}/{@code no}
   * (also {@code oui}/{@code non}, {@code ja}/{@code nein}, {@code sì}/{@code no},
   * {@code true}/{@code false}, {@code 1}/{@code 0}); blank means unknown.
   *
   * @param present the text, not null
   * @return this builder
   * @throws NullPointerException if present is null (a programmer error)
   */
  public StructureBuilder staffRepresentation(String present) {
    this.staffRepresentation = read(Slot.STAFF_REPRESENTATION,
        Input.optional(requireNonNull(present, "present"), raw ->
        Input.code(STAFF_REPRESENTATION, raw, YES_NO, List.of("yes", "no"))));
    return this;
  }

  /**
   * Reads a yes or a no as {@link #staffRepresentation(String)} and a screening's yes/no columns
   * take it: {@code yes}, {@code y}, {@code true}, {@code oui}, {@code o}, {@code ja}, {@code sì},
   * {@code si}, {@code 1} or {@code no}, {@code n}, {@code false}, {@code non}, {@code nein},
   * {@code 0}, in any case, surrounding spaces ignored.
   *
   * @param text the text, not null
   * @return the answer, or none when the text is neither a yes nor a no (blank included)
   * @throws NullPointerException if text is null (a programmer error)
   */
  public static Option<Boolean> yesOrNo(String text) {
    return YES_NO.get(requireNonNull(text, "text").strip().toUpperCase(Locale.ROOT));
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
    // The attributes' reasons, in the order of the attributes; nothing is allocated for a
    // structure whose attributes are all valid, the common case.
    List<Reason> reasons = List.empty();
    if (this.reasons != null) {
      for (Seq<Reason> attribute : this.reasons) {
        if (attribute != null) {
          reasons = reasons.appendAll(attribute);
        }
      }
    }
    // Contradictions are looked for among the attributes that were read, so that a host sees
    // every problem of a row at once, not the attribute errors first and the rest on a retry.
    Structure structure = ImmutableStructure.of(name,
        siren.isDefined() ? siren : siret.map(Siret::siren), siret, finess, uid, legalForm,
        country.isDefined() ? country : countryOfLocation(), departement,
        region.isDefined() ? region : departement.flatMap(Departement::region), canton,
        headcount, finessCategory, casfItems, fundingSources, staffRepresentation);
    Seq<Reason> contradictions = Consistency.of(structure, region, country);
    Seq<Reason> all = contradictions.isEmpty() ? reasons : reasons.appendAll(contradictions);
    return all.isEmpty() ? Validation.valid(structure) : Validation.invalid(all);
  }

  /**
   * The country a location given without it lies in: Switzerland for a canton, France for a
   * département or a region; unknown otherwise, and when both are given (a contradiction the
   * build reports). Identifiers say where a structure is registered, not where it is: they leave
   * the country unknown.
   */
  private Option<Country> countryOfLocation() {
    boolean swiss = canton.isDefined();
    boolean french = departement.isDefined() || region.isDefined();
    return swiss == french ? Option.none() : COUNTRIES[(swiss ? Country.CH : Country.FR).ordinal()];
  }
}
