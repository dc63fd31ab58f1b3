package org.areso.core.kernel;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** The contradictions between a structure's attributes, each an {@code INCONSISTENT_FIELDS}. */
final class Consistency {

  private Consistency() {}

  static Seq<Reason> of(Structure s, Option<Region> givenRegion) {
    List<Reason> found = List.empty();
    // A SIRET belongs to one SIREN.
    if (s.siret().isDefined() && !s.siret().get().siren().equals(s.siren().get())) {
      found = found.append(new FieldReason.Inconsistent(Siret.FIELD, s.siret().get().value(),
          Siren.FIELD, s.siren().get().value()));
    }
    // A FINESS number starts with its département.
    if (s.finess().isDefined() && s.departement().isDefined()) {
      String prefix = s.finess().get().departementPrefix();
      String code = s.departement().get().code();
      String expected = code.length() == 3 ? "97" : code;
      if (!prefix.equals(expected)) {
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
    Seq<Tuple2<String, String>> french = List.of(
            s.siren().map(v -> Tuple.of(Siren.FIELD, v.value())),
            s.siret().map(v -> Tuple.of(Siret.FIELD, v.value())),
            s.finess().map(v -> Tuple.of(Finess.FIELD, v.value())),
            s.departement().map(v -> Tuple.of(Departement.FIELD, v.code())),
            givenRegion.map(v -> Tuple.of(Region.FIELD, v.inseeCode())),
            s.finessCategory().filter(category -> !category.isNone())
                .map(v -> Tuple.of(FinessCategory.FIELD, v.code())),
            s.casfItems().filter(items -> !items.isEmpty())
                .map(v -> Tuple.of(CasfItem.FIELD, v.map(CasfItem::number).mkString("|"))))
        .flatMap(o -> o);
    Seq<Tuple2<String, String>> swiss = List.of(
            s.uid().map(v -> Tuple.of(SwissUid.FIELD, v.value())),
            s.canton().map(v -> Tuple.of(Canton.FIELD, v.name())))
        .flatMap(o -> o);
    Option<Country> country = s.country();
    if (country.contains(Country.CH)) {
      found = found.appendAll(french.map(f -> contradiction(f, Country.FIELD, "CH")));
    } else if (country.contains(Country.FR)) {
      found = found.appendAll(swiss.map(f -> contradiction(f, Country.FIELD, "FR")));
    } else if (!french.isEmpty() && !swiss.isEmpty()) {
      Tuple2<String, String> other = swiss.head();
      found = found.appendAll(french.map(f -> contradiction(f, other._1, other._2)));
    }
    return found;
  }

  private static Reason contradiction(
      Tuple2<String, String> field, String otherField, String otherValue) {
    return new FieldReason.Inconsistent(field._1, field._2, otherField, otherValue);
  }
}
