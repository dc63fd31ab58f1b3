package org.areso.core.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A FINESS establishment category (catégorie d'établissement, ANS value set J55): a three-digit
 * code such as {@code 214} (CHRS) or {@code 500} (EHPAD).
 *
 * <p>The kernel checks the form only; which categories exist and which CASF L.312-1 item each one
 * falls under is reference data held by {@code areso-rules}.
 *
 * <p>{@link #none()} is the category of a structure <em>known</em> to have none — one that FINESS
 * does not register, such as a company or an association outside the health and social sector —
 * as an empty set is for a structure's CASF items: a structure whose category is unknown has no
 * {@code FinessCategory} at all. No list of categories holds {@code none()}, so a rule asking "is
 * its category one of …" answers no; a rule reading the code itself checks {@link #isNone()}
 * first. Immutable and thread-safe.
 */
public final class FinessCategory extends CodeValue {

  /** The field name used in reasons. */
  public static final String FIELD = "finess_category";

  private static final Text EXPECTED = Text.of("3 chiffres", "3 digits",
          "3 Ziffern",
          "3 cifre");
  private static final FinessCategory NONE = new FinessCategory("none");

  private FinessCategory(String code) {
    super(code);
  }

  /**
   * Reads a category code of three digits.
   *
   * @param raw the text, not null
   * @return the category, or {@code FIELD_BLANK}, {@code FIELD_TOO_LONG} or
   *     {@code FIELD_MALFORMED}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, FinessCategory> parse(String raw) {
    return Input.required(FIELD, raw, Input.MAX_CODE_LENGTH).flatMap(text ->
        text.length() == 3 && Input.isDigits(text)
            ? Validation.valid(new FinessCategory(text))
            : Input.invalid(new FieldReason.Malformed(FIELD, text, EXPECTED)));
  }

  /**
   * The category of a structure known to have none: not registered in FINESS. {@link #parse}
   * never returns it; the structure's builder reads {@code none} or {@code aucun} as it.
   *
   * @return the category meaning none, never null
   */
  public static FinessCategory none() {
    return NONE;
  }

  /**
   * Whether this is {@link #none()}: the structure is known to have no FINESS category.
   *
   * @return true for {@link #none()} only
   */
  public boolean isNone() {
    return this == NONE;
  }

  /**
   * The three digits, or {@code none} for {@link #none()}.
   *
   * @return the code, never null
   */
  public String code() {
    return text();
  }
}
