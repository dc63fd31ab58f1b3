package org.areso.testkit.messages;

import static java.util.Objects.requireNonNull;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.areso.core.kernel.BundledReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.ReasonMessages;

/**
 * The check a family of {@link BundledReason}s' bundles must pass, for the test of a module's or a
 * host's own reasons: given the family's {@link ReasonMessages} and one sample reason of each kind,
 * with data its messages must quote, it asserts that
 *
 * <ul>
 *   <li>there is a bundle of its own in English (the base bundle), French, German and Italian, each
 *       with the samples' codes and no other (a code missing from a translation shows as a message
 *       that is the English one, since a bundle falls back to the base bundle);
 *   <li>each pattern uses exactly the placeholders {@code {0}} to {@code {n-1}} of its reason's n
 *       {@linkplain BundledReason#arguments() arguments}, and writes an apostrophe {@code ''}, or
 *       {@code ''''} in a {@code choice} branch that holds a placeholder (MessageFormat reads
 *       such a branch twice, and a branch without one once);
 *   <li>each sample's message, in each language, leaves no placeholder, quotes each argument as
 *       the message writes it (a reason quoted as its own message in that language), and in French,
 *       German and Italian is not the English one, and is the same in that language's Swiss locale
 *       ({@code fr-CH}, {@code de-CH}, {@code it-CH}).
 * </ul>
 *
 * <p>Every problem found is reported in one {@link AssertionError}, not only the first. An argument
 * that a pattern reads with a {@code choice} is not looked for in its message, which words it; one
 * that the message writes in words of its own otherwise (a label, a text) may be left out of the
 * quoting check with {@code quoted = false}.
 */
public final class ReasonBundleCheck {

  /** The languages every family writes: English (the base bundle), French, German, Italian. */
  public static final List<Locale> LOCALES =
      List.of(Locale.ROOT, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN);

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  private ReasonBundleCheck() {}

  /**
   * Asserts that a family's bundles are complete and each translation its own, and that every
   * argument is quoted.
   *
   * @param messages the family's messages, not null
   * @param samples one reason of each kind, not null, not empty
   * @throws AssertionError listing every problem found
   * @throws NullPointerException if an argument or a sample is null (a programmer error)
   */
  public static void assertComplete(ReasonMessages messages,
      Iterable<? extends BundledReason> samples) {
    assertComplete(messages, samples, true);
  }

  /**
   * Asserts what {@link #assertComplete(ReasonMessages, Iterable)} does, the messages' quoting of
   * each argument only when {@code quoted}.
   *
   * @param messages the family's messages, not null
   * @param samples one reason of each kind, not null, not empty
   * @param quoted whether each argument must appear in each message as it is written
   * @throws AssertionError listing every problem found
   * @throws NullPointerException if an argument or a sample is null (a programmer error)
   */
  public static void assertComplete(ReasonMessages messages,
      Iterable<? extends BundledReason> samples, boolean quoted) {
    requireNonNull(messages, "messages");
    Map<String, BundledReason> byCode = new LinkedHashMap<>();
    for (BundledReason sample : requireNonNull(samples, "samples")) {
      byCode.putIfAbsent(requireNonNull(sample, "sample").code(), sample);
    }
    if (byCode.isEmpty()) {
      throw new IllegalArgumentException("no sample reason");
    }
    List<String> problems = new ArrayList<>();
    for (Locale locale : LOCALES) {
      ResourceBundle bundle = messages.bundle(locale);
      bundleProblems(bundle, locale, byCode, problems);
      for (BundledReason reason : byCode.values()) {
        messageProblems(reason, locale, quoted ? bundle : null, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(problems.size() + " problem(s) in the bundles:\n  "
          + String.join("\n  ", problems));
    }
  }

  private static void bundleProblems(ResourceBundle bundle, Locale locale,
      Map<String, BundledReason> byCode, List<String> problems) {
    String name = locale.equals(Locale.ROOT) ? "the base bundle" : "the bundle of " + locale;
    if (!bundle.getLocale().equals(locale)) {
      problems.add(name + " is missing: " + bundle.getLocale() + "'s was found instead");
      return;
    }
    Set<String> keys = new TreeSet<>(bundle.keySet());
    Set<String> missing = new TreeSet<>(byCode.keySet());
    missing.removeAll(keys);
    Set<String> extra = new TreeSet<>(keys);
    extra.removeAll(byCode.keySet());
    if (!missing.isEmpty()) {
      problems.add(name + " lacks " + missing);
    }
    if (!extra.isEmpty()) {
      problems.add(name + " has codes no sample has: " + extra);
    }
    for (Map.Entry<String, BundledReason> entry : byCode.entrySet()) {
      if (!keys.contains(entry.getKey())) {
        continue;
      }
      String pattern = bundle.getString(entry.getKey());
      Set<Integer> used = placeholders(pattern);
      Set<Integer> expected = new TreeSet<>();
      for (int i = 0; i < entry.getValue().arguments().size(); i++) {
        expected.add(i);
      }
      if (!used.equals(expected)) {
        problems.add(entry.getKey() + " in " + name + " uses " + used + ", not " + expected);
      }
      if (pattern.replace("''", "").contains("'")) {
        problems.add(entry.getKey() + " in " + name + " has a single apostrophe: write ''");
      } else {
        String choices = choiceApostrophes(pattern);
        if (choices != null) {
          problems.add(entry.getKey() + " in " + name + " " + choices);
        }
      }
    }
  }

  /**
   * The problems of one sample's message in one language; each argument is looked for in it when
   * the bundle is given, but for the arguments its pattern reads with a {@code choice}, which
   * words them.
   */
  private static void messageProblems(BundledReason reason, Locale locale, ResourceBundle quoted,
      List<String> problems) {
    String message = reason.message(locale);
    String where = reason.code() + "'s message in " + (locale.equals(Locale.ROOT) ? "English"
        : locale.getDisplayLanguage(Locale.ENGLISH));
    if (message.contains("{")) {
      problems.add(where + " leaves a placeholder: " + message);
    }
    if (quoted != null && quoted.containsKey(reason.code())) {
      Format[] formats = new MessageFormat(quoted.getString(reason.code()), Locale.ROOT)
          .getFormatsByArgumentIndex();
      int index = -1;
      for (Object argument : reason.arguments()) {
        index++;
        if (index < formats.length && formats[index] instanceof ChoiceFormat) {
          continue;
        }
        String written = argument instanceof Reason quotedReason ? quotedReason.message(locale)
            : String.valueOf(argument);
        if (!message.contains(written)) {
          problems.add(where + " does not quote " + written + ": " + message);
        }
      }
    }
    if (!locale.equals(Locale.ROOT)) {
      Locale swiss = new Locale(locale.getLanguage(), "CH");
      if (!reason.message(swiss).equals(message)) {
        problems.add(reason.code() + "'s message in " + swiss + " is not the one of " + locale);
      }
    }
    // a code missing from a translation falls back to the base bundle's English
    if (!locale.equals(Locale.ROOT) && message.equals(reason.message(Locale.ROOT))) {
      problems.add(where + " is the English one");
    }
  }

  /**
   * What is wrong with the apostrophes of the pattern's choices, or null. MessageFormat reads a
   * branch that holds a placeholder a second time, where {@code '} starts a quote that swallows
   * the apostrophe and the placeholders after it: it needs {@code ''''}. A branch without one is
   * written as it was read once: {@code ''''} there shows two apostrophes.
   */
  private static String choiceApostrophes(String pattern) {
    for (Format format : new MessageFormat(pattern, Locale.ROOT).getFormats()) {
      if (format instanceof ChoiceFormat choice) {
        for (Object branch : choice.getFormats()) {
          String text = (String) branch;
          if (text.contains("{") && text.replace("''", "").contains("'")) {
            return "has an apostrophe in a choice with a placeholder: write ''''";
          }
          if (!text.contains("{") && text.contains("''")) {
            return "shows two apostrophes in a choice without a placeholder: write ''";
          }
        }
      }
    }
    return null;
  }

  private static Set<Integer> placeholders(String pattern) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }
}
