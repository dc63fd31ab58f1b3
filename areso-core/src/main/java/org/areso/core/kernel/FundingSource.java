package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;

/**
 * Who finances a structure: a programme of the French State budget (programme budgétaire, LOLF,
 * written {@code P177}), health insurance through the regional health agency (ARS), the
 * département, the region, the structure's own resources, or a Swiss canton.
 *
 * <p>The kernel does not list which State programmes exist: any {@code P} followed by a programme
 * number of three digits, 100 to 999 (the LOLF numbers its programmes so), is read; {@code
 * areso-rules} names and cites the ones that fund social establishments. Immutable and
 * thread-safe; equal when the codes are equal (the code tells the kind), shown as the code.
 */
public final class FundingSource extends CodeValue {

  /** The field name used in reasons. */
  public static final String FIELD = "funding";

  /** The kind of funder. */
  public enum Kind {
    /** A programme of the French State budget (LOLF), such as P177. */
    STATE_BUDGET_PROGRAMME,
    /** Health insurance, through the regional health agency (ARS, ONDAM). */
    HEALTH_INSURANCE,
    /** A French département (conseil départemental). */
    DEPARTEMENT,
    /** A French region (conseil régional). */
    REGION,
    /** The structure's own resources. */
    OWN_RESOURCES,
    /** A Swiss canton. */
    CANTON
  }

  private static final Map<String, FundingSource> OTHERS = HashMap.of(
      "ARS", new FundingSource(Kind.HEALTH_INSURANCE, "ARS"),
      "DEPARTEMENT", new FundingSource(Kind.DEPARTEMENT, "DEPARTEMENT"),
      "REGION", new FundingSource(Kind.REGION, "REGION"),
      "OWN", new FundingSource(Kind.OWN_RESOURCES, "OWN"),
      "CANTON", new FundingSource(Kind.CANTON, "CANTON"),
      "KANTON", new FundingSource(Kind.CANTON, "CANTON"),
      "CANTONE", new FundingSource(Kind.CANTON, "CANTON"));
  private static final Seq<String> ACCEPTED =
      List.of("P100…P999", "ARS", "DEPARTEMENT", "REGION", "OWN", "CANTON");

  private final Kind kind;

  private FundingSource(Kind kind, String code) {
    super(code);
    this.kind = kind;
  }

  /**
   * Reads a funder code: {@code P177} (a {@code P} and a programme number from 100 to 999, as
   * {@link #stateBudgetProgramme(int)} takes), {@code ARS}, {@code DEPARTEMENT}, {@code REGION},
   * {@code OWN} or {@code CANTON} (also {@code Kanton}, {@code cantone}), in any case.
   *
   * @param raw the text, not null
   * @return the funding source, or {@code FIELD_BLANK} / {@code UNKNOWN_VALUE} (which lists the
   *     accepted codes) for any other text, {@code P042} among them
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, FundingSource> parse(String raw) {
    return Input.required(FIELD, raw, Input.MAX_CODE_LENGTH).flatMap(text -> {
      String upper = text.toUpperCase(Locale.ROOT);
      if (upper.length() == 4 && upper.charAt(0) == 'P' && upper.charAt(1) != '0'
          && Input.isDigits(upper.substring(1))) {
        return Validation.valid(new FundingSource(Kind.STATE_BUDGET_PROGRAMME, upper));
      }
      return Input.code(FIELD, upper, OTHERS, ACCEPTED);
    });
  }

  /**
   * A programme of the French State budget.
   *
   * @param number the programme's number, 100 to 999 (177 for P177)
   * @return the funding source, never null
   * @throws IllegalArgumentException if the number has not three digits (a programmer error)
   */
  public static FundingSource stateBudgetProgramme(int number) {
    if (number < 100 || number > 999) {
      throw new IllegalArgumentException("a State budget programme has three digits: " + number);
    }
    return new FundingSource(Kind.STATE_BUDGET_PROGRAMME, "P" + number);
  }

  /**
   * A funder that is not a State budget programme.
   *
   * @param kind the kind, not null, not {@link Kind#STATE_BUDGET_PROGRAMME}
   * @return the funding source, never null
   * @throws IllegalArgumentException for {@code STATE_BUDGET_PROGRAMME}, which needs a number
   * @throws NullPointerException if kind is null (a programmer error)
   */
  public static FundingSource of(Kind kind) {
    requireNonNull(kind, "kind");
    return OTHERS.values().find(f -> f.kind == kind).getOrElseThrow(() ->
        new IllegalArgumentException("a State budget programme needs its number"));
  }

  /**
   * The kind of funder.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The code as the screening CSV writes it: {@code P177}, {@code ARS}, {@code OWN}…
   *
   * @return the code, never null
   */
  public String code() {
    return text();
  }

  /**
   * Whether this is a programme of the French State budget.
   *
   * @return true for {@code P} codes
   */
  public boolean isStateBudgetProgramme() {
    return kind == Kind.STATE_BUDGET_PROGRAMME;
  }
}
