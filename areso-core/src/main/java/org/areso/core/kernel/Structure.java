package org.areso.core.kernel;

import io.vavr.collection.Set;
import io.vavr.control.Option;
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
// Every attribute is a parameter, so that StructureBuilder builds the value in one call
// (ImmutableStructure.of) rather than through a second, generated builder.
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
  @Value.Parameter
  public abstract Option<String> name();

  /**
   * The SIREN of its legal unit: as given, or else the first nine digits of its SIRET.
   *
   * @return the SIREN, or none if unknown
   */
  @Value.Parameter
  public abstract Option<Siren> siren();

  /**
   * The SIRET of the establishment.
   *
   * @return the SIRET, or none if unknown
   */
  @Value.Parameter
  public abstract Option<Siret> siret();

  /**
   * The FINESS number.
   *
   * @return the FINESS number, or none if unknown
   */
  @Value.Parameter
  public abstract Option<Finess> finess();

  /**
   * The Swiss enterprise identification number.
   *
   * @return the UID, or none if unknown
   */
  @Value.Parameter
  public abstract Option<SwissUid> uid();

  /**
   * The legal form.
   *
   * @return the legal form, or none if unknown
   */
  @Value.Parameter
  public abstract Option<LegalForm> legalForm();

  /**
   * The country: as given, or else where the location lies (Switzerland for a canton, France for
   * a département or a region). An identifier leaves it unknown: a UID, a SIRET or a FINESS
   * number says where a structure is registered, not where it is.
   *
   * @return the country, or none if unknown
   */
  @Value.Parameter
  public abstract Option<Country> country();

  /**
   * The French département.
   *
   * @return the département, or none if unknown or not in France
   */
  @Value.Parameter
  public abstract Option<Departement> departement();

  /**
   * The French region: as given, or else the département's region.
   *
   * @return the region, or none if unknown or not in France
   */
  @Value.Parameter
  public abstract Option<Region> region();

  /**
   * The Swiss canton.
   *
   * @return the canton, or none if unknown or not in Switzerland
   */
  @Value.Parameter
  public abstract Option<Canton> canton();

  /**
   * The number of employees.
   *
   * @return the headcount, 0 to {@value #MAX_HEADCOUNT}, or none if unknown
   */
  @Value.Parameter
  public abstract Option<Integer> headcount();

  /**
   * The FINESS establishment category.
   *
   * @return the category ({@link FinessCategory#none()} when known to have none), or an empty
   *     {@code Option} if unknown
   */
  @Value.Parameter
  public abstract Option<FinessCategory> finessCategory();

  /**
   * The items of CASF L.312-1 I the structure falls under, as given by the host.
   *
   * @return the items (an empty set when known to be none), or an empty {@code Option} if
   *     unknown
   */
  @Value.Parameter
  public abstract Option<Set<CasfItem>> casfItems();

  /**
   * Who finances the structure.
   *
   * @return the funders (an empty set when known to be none), or an empty {@code Option} if
   *     unknown
   */
  @Value.Parameter
  public abstract Option<Set<FundingSource>> fundingSources();

  /**
   * Whether the structure has staff representation (a CSE, a staff committee).
   *
   * @return some(true) or some(false) when known, none if unknown
   */
  @Value.Parameter
  public abstract Option<Boolean> hasStaffRepresentation();

  /**
   * Starts a structure with every attribute unknown. The builder is mutable and not thread-safe.
   *
   * @return a new builder, never null
   */
  public static StructureBuilder builder() {
    return new StructureBuilder();
  }
}
