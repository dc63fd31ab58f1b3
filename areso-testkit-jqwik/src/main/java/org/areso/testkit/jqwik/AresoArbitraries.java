package org.areso.testkit.jqwik;

import io.vavr.collection.List;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Departement;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;

/**
 * jqwik arbitraries for Areso's kernel values.
 *
 * <p>Identifiers are generated as text with correct check digits, computed here independently of
 * {@code org.areso.core}, so a host's test can feed them to its own import code. Every arbitrary
 * is immutable and may be shared between tests.
 */
public final class AresoArbitraries {

  private static final int[] UID_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4};

  private AresoArbitraries() {}

  /**
   * Nine-digit SIREN numbers with a correct Luhn check digit.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<String> sirens() {
    return digits(8).map(AresoArbitraries::withLuhnDigit);
  }

  /**
   * Fourteen-digit SIRET numbers whose SIREN and whole number both pass Luhn (never La Poste's
   * exception; see {@link #laPosteSirets()}).
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<String> sirets() {
    return Combinators.combine(sirens(), digits(4))
        .as((siren, nic) -> withLuhnDigit(siren + nic))
        .filter(siret -> !siret.startsWith("356000000"));
  }

  /**
   * SIRET numbers of La Poste (SIREN 356 000 000) valid under its own rule: the sum of the
   * fourteen digits is a multiple of 5.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<String> laPosteSirets() {
    return digits(4).map(nic -> {
      String head = "356000000" + nic;
      int sum = head.chars().map(c -> c - '0').sum();
      return head + (5 - sum % 5) % 5;
    });
  }

  /**
   * FINESS numbers of a metropolitan or overseas (97) département with a correct Luhn key.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<String> finessNumbers() {
    return Combinators.combine(finessPrefixes(), digits(6))
        .as((prefix, body) -> withLuhnDigit(prefix + body));
  }

  private static Arbitrary<String> finessPrefixes() {
    return Arbitraries.integers().between(1, 97)
        .filter(n -> n != 20 && n != 96)
        .map(n -> String.format("%02d", n));
  }

  /**
   * Swiss UIDs in their official form {@code CHE-123.456.788}, with a correct mod-11 digit.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<String> swissUids() {
    return digits(8)
        .filter(d -> uidCheckDigit(d) != 10)
        .map(d -> {
          String all = d + uidCheckDigit(d);
          return "CHE-" + all.substring(0, 3) + '.' + all.substring(3, 6) + '.' + all.substring(6);
        });
  }

  /**
   * Text a hostile or careless user may send: empty, blank, control characters, broken surrogate
   * pairs, very long strings, and arbitrary Unicode.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<String> hostileText() {
    return Arbitraries.oneOf(
        Arbitraries.of("", " ", "\t", "\u00A0", "\r\n", "\u0000", "\uD800", "\uDC00x", "=1+1",
            "'; DROP TABLE engagement; --", "\u202Eevil", "９９９"),
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(20),
        Arbitraries.strings().numeric().ofMaxLength(20),
        Arbitraries.strings().all().ofMinLength(1_000).ofMaxLength(20_000));
  }

  /**
   * Date windows with start not after end, from 1900 to 2200.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<DateWindow> dateWindows() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 2_000))
        .as((start, days) -> DateWindow.of(start, start.plusDays(days)).get());
  }

  /**
   * Days from 1900 to 2200.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2200, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * Dates anywhere in {@link LocalDate}'s range, for hostile input: its two ends, year 0 and 1,
   * 9999-12-31, the edges of {@link #dates()}, any epoch day, and the usual years of
   * {@link #dates()}.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<LocalDate> anyDates() {
    return Arbitraries.oneOf(
        Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1), LocalDate.of(1, 1, 1),
            LocalDate.EPOCH, LocalDate.of(9999, 12, 31), LocalDate.of(1899, 12, 31),
            LocalDate.of(2200, 1, 1)),
        Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
            .map(LocalDate::ofEpochDay),
        dates());
  }

  /**
   * Consistent French structures (SIRET, département and FINESS number agree), each attribute
   * known or unknown at random.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Structure> frenchStructures() {
    Arbitrary<Departement> departements =
        Arbitraries.of(Departement.all().filter(d -> !d.isOverseas()).toJavaList());
    return Combinators.combine(
            sirets().injectNull(0.3),
            departements.injectNull(0.2),
            Arbitraries.integers().between(0, 5_000).injectNull(0.3),
            Arbitraries.subsetOf(CasfItem.values()).injectNull(0.3),
            Arbitraries.subsetOf("P177", "P303", "P304", "ARS", "DEPARTEMENT", "OWN")
                .injectNull(0.3),
            Arbitraries.of(true, false).injectNull(0.3),
            Arbitraries.of(LegalForm.values()).injectNull(0.3))
        .as((siret, departement, headcount, items, funders, representation, form) -> {
          StructureBuilder builder = Structure.builder().country("FR");
          if (siret != null) {
            builder.siret(siret);
          }
          if (departement != null) {
            builder.departement(departement);
          }
          if (headcount != null) {
            builder.headcount(headcount);
          }
          if (items != null) {
            builder.casfItems(items);
          }
          if (funders != null) {
            builder.fundingSources(List.ofAll(funders).map(f -> FundingSource.parse(f).get()));
          }
          if (representation != null) {
            builder.staffRepresentation(representation);
          }
          if (form != null) {
            builder.legalForm(form);
          }
          return builder.build().toEither().getOrElseThrow(reasons ->
              new IllegalStateException("generator produced an invalid structure: " + reasons));
        });
  }

  private static Arbitrary<String> digits(int count) {
    return Arbitraries.strings().numeric().ofLength(count);
  }

  private static String withLuhnDigit(String payload) {
    // Double every second digit starting from the rightmost digit of the payload.
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int d = payload.charAt(payload.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return payload + (10 - sum % 10) % 10;
  }

  private static int uidCheckDigit(String eightDigits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (eightDigits.charAt(i) - '0') * UID_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }
}
