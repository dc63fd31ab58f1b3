package org.areso.core.kernel;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The contradictions between a structure's attributes, each an {@code INCONSISTENT_FIELDS}.
 *
 * <p>Called once for every structure built, so a structure without contradiction costs no
 * allocation: the reasons are only made when one is found.
 */
final class Consistency {

  private Consistency() {}

  /**
   * The contradictions of a structure, read with the region and the country as given (a
   * structure's own may be derived: the region from the département, the country from a canton
   * or a French location), so that a contradiction names only what the host gave.
   */
  static Seq<Reason> of(Structure s, Option<Region> givenRegion, Option<Country> givenCountry) {
    List<Reason> found = List.empty();
    // A SIRET belongs to one SIREN (its first nine digits; a SIREN has nine digits).
    if (s.siret().isDefined() && !s.siret().get().value().startsWith(s.siren().get().value())) {
      found = found.append(new FieldReason.Inconsistent(Siret.FIELD, s.siret().get().value(),
          Siren.FIELD, s.siren().get().value()));
    }
    // A FINESS number starts with its département.
    if (s.finess().isDefined() && s.departement().isDefined()) {
      String code = s.departement().get().code();
      String expected = code.length() == 3 ? "97" : code;
      // The number's département prefix is its first two characters.
      if (!s.finess().get().value().startsWith(expected)) {
        found = found.append(new FieldReason.Inconsistent(Finess.FIELD, s.finess().get().value(),
            Departement.FIELD, code));
      }
    }
    // A département lies in one region (or, for 975, 977, 978, in none).
    if (givenRegion.isDefined() && s.departement().isDefined()
        && !s.departement().get().region().equals(givenRegion)) {
      found = found.append(new FieldReason.Inconsistent(Departement.FIELD,
          s.departement().get().code(), Region.FIELD, givenRegion.get().inseeCode()));
    }
    // French and Swiss attributes do not mix; knowing a French attribute is none does not make
    // a structure French (a Swiss structure has no FINESS category and no CASF item).
    Country country = givenCountry.getOrNull();
    if (country == Country.CH) {
      found = french(found, s, givenRegion, Country.FIELD, "CH");
    } else if (country == Country.FR) {
      found = swiss(found, s, Country.FIELD, "FR");
    } else if (s.uid().isDefined() || s.canton().isDefined()) {
      // The first Swiss attribute, in the order uid, canton, stands for them all.
      found = s.uid().isDefined()
          ? french(found, s, givenRegion, SwissUid.FIELD, s.uid().get().value())
          : french(found, s, givenRegion, Canton.FIELD, s.canton().get().name());
    }
    return found;
  }

  /**
   * Appends a contradiction for each French attribute known, in order, against the other field.
   * Called only for a structure said to be Swiss, so the list it builds costs nothing to others.
   */
  private static List<Reason> french(List<Reason> found, Structure s, Option<Region> givenRegion,
      String otherField, String otherValue) {
    return found.appendAll(List.of(
            known(Siren.FIELD, s.siren().map(Siren::value)),
            known(Siret.FIELD, s.siret().map(Siret::value)),
            known(Finess.FIELD, s.finess().map(Finess::value)),
            known(Departement.FIELD, s.departement().map(Departement::code)),
            known(Region.FIELD, givenRegion.map(Region::inseeCode)),
            known(FinessCategory.FIELD, s.finessCategory()
                .filter(category -> !category.isNone()).map(FinessCategory::code)),
            known(CasfItem.FIELD, s.casfItems().filter(items -> !items.isEmpty())
                .map(items -> items.map(CasfItem::number).mkString("|"))))
        .flatMap(field -> field._2.map(value -> contradiction(field._1, value, otherField,
            otherValue))));
  }

  private static Tuple2<String, Option<String>> known(String field, Option<String> value) {
    return Tuple.of(field, value);
  }

  /** Appends a contradiction for each Swiss attribute, in order, against the other field. */
  private static List<Reason> swiss(List<Reason> found, Structure s, String otherField,
      String otherValue) {
    if (s.uid().isDefined()) {
      found = found.append(contradiction(SwissUid.FIELD, s.uid().get().value(), otherField,
          otherValue));
    }
    if (s.canton().isDefined()) {
      found = found.append(contradiction(Canton.FIELD, s.canton().get().name(), otherField,
          otherValue));
    }
    return found;
  }

  private static Reason contradiction(
      String field, String value, String otherField, String otherValue) {
    return new FieldReason.Inconsistent(field, value, otherField, otherValue);
  }
}
