package org.areso.core.kernel;

import io.vavr.collection.Seq;
import java.util.Locale;

/**
 * A reason whose message is written in Areso's reason bundles rather than in code: the pattern
 * its {@link #code()} keys there, filled with its {@link #arguments()}, so that a translator
 * edits the wording without touching a record.
 *
 * <p>Areso's bundles are {@code .properties} files of this module ({@code reasons.properties} in
 * English, {@code reasons_fr} in French, {@code reasons_de} in German and {@code reasons_it} in
 * Italian, each with every code), read as UTF-8, in
 * {@link java.text.MessageFormat} syntax: {@code {0}} is the first argument, an apostrophe is
 * written {@code ''}, and {@code {2,choice,0#…|1#…}} picks a wording by a number or a yes/no
 * argument. A bundle is loaded once, the first time a message is asked in its language; deciding,
 * validating or replaying never loads one.
 *
 * <p>Arguments are written as people read them, whatever the locale: a {@link Text} in the
 * message's language (French for French, English otherwise), another {@link Reason} as its
 * message in the same locale, a {@link Labelled} value (a party's
 * role, a recipient…) as its label in that language, a collection as its elements joined with
 * {@code ", "}, a number with no grouping separator, anything else as its {@code toString()} (ISO
 * dates, identifiers, codes). An argument read by a {@code choice} is
 * given as a number: a number as is, yes as 1 and no as 0, a constant of an enumeration as its
 * position.
 *
 * <p>Implemented by Areso's reason catalogues, and by areso-json's and the screening's errors
 * with bundles of their own ({@link #messages()}); a host's own reasons may do the same, or
 * implement {@link Reason} and write their messages themselves.
 */
public interface BundledReason extends Reason {

  /**
   * The values the message quotes, in the order of its placeholders {@code {0}, {1}, …}. By
   * default, the record's components in their order (none for a reason that is not a record); a
   * record overrides it where its message quotes something else, such as a yes/no its wording
   * depends on or a reference's citation.
   *
   * @return the arguments, never null
   */
  default Seq<?> arguments() {
    return ReasonBundle.components(this);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The pattern {@link #code()} keys in the bundle of that language, filled with
   * {@link #arguments()}.
   */
  @Override
  default String message(Language language) {
    return messages().format(this, ReasonBundle.locale(language));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The pattern {@link #code()} keys in the bundle of the locale's language (French, German,
   * Italian, or English for any other), filled with {@link #arguments()}. A text it quotes is
   * written in the locale's language where translated ({@link Text#in(Locale)}), in English
   * otherwise.
   */
  @Override
  default String message(Locale locale) {
    return messages().format(this, locale);
  }

  /**
   * The bundles that write this reason's messages: Areso's own by default; another module's
   * reasons return the {@link ReasonMessages} of their own bundles.
   *
   * @return the messages, never null
   */
  default ReasonMessages messages() {
    return ReasonMessages.areso();
  }
}
