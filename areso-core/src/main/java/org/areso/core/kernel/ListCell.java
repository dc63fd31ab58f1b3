package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import java.util.function.Function;

/**
 * A cell that holds a list, as a person types it: values separated by {@code |}, or a word that
 * says the list is known to be empty ({@code none}, {@code aucun}, {@code aucune}, {@code keine},
 * {@code kein}, {@code nessuno}, {@code nessuna}, in any case).
 */
final class ListCell {

  /** The words that say a list is known to be empty. */
  static final Seq<String> NONE_WORDS = List.of("none", "aucun", "aucune", "keine", "kein",
      "nessuno", "nessuna");

  private ListCell() { }

  /** Whether a text is one of {@link #NONE_WORDS}: known to be none, not unknown. */
  static boolean isNone(String raw) {
    String text = Input.trim(raw);
    return NONE_WORDS.exists(word -> word.equalsIgnoreCase(text));
  }

  static <T> Set<T> copy(Iterable<T> items, String argument) {
    requireNonNull(items, argument);
    Set<T> copy = LinkedHashSet.ofAll(items);
    // A hash look-up rather than a walk: the set is often an immutable one taken as it is.
    if (copy.contains(null)) {
      throw new NullPointerException(argument + "[]");
    }
    return copy;
  }

  /**
   * A {@code |}-separated list: every part parsed, or only none words (the empty set, known);
   * none words beside values are {@code NONE_WITH_VALUES}, reported with the values' own
   * reasons.
   */
  static <T> Validation<Seq<Reason>, Set<T>> split(
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
}
