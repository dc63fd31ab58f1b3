package org.areso.rules.text;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Locale;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;

/**
 * Eligibility policies a host loads at run time from texts it holds (a database, a configuration
 * service…), each text named by the host, each a policy file as {@link PolicyText} reads it. Two
 * texts may give two versions of one policy, told apart by their validities
 * ({@code valid: {from, to}} at the top of the file): {@link #policy(String, LocalDate)} gives the
 * version in force on a request's date. Two versions whose validities overlap — or a version
 * without a validity beside another — are refused with {@link PolicyText#VERSIONS_OVERLAP}.
 *
 * <p>An immutable value: {@link #withText} and {@link #withoutText} return a new value and leave
 * this one as it was. To change a policy without restarting, a host keeps the current value in one
 * place (an {@code AtomicReference}, a volatile field) and replaces it with the value
 * {@code withText} returns; a decision already running keeps the policy it was given, the next one
 * sees the new text. Immutable and thread-safe.
 */
public final class PolicyTexts {

  /**
   * An error of one of the texts: the host's name for the text and the error, positioned in it.
   * Immutable and thread-safe.
   *
   * @param name the text's name, as the host gave it, not null
   * @param error the error and its position in the text, not null
   */
  public record TextError(String name, PolicyTextError error) implements Reason {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is null (a programmer error)
     */
    public TextError {
      requireNonNull(name, "name");
      requireNonNull(error, "error");
    }

    /** The error's code, such as {@code POLICY_TEXT_UNKNOWN_FACT}. */
    @Override
    public String code() {
      return error.code();
    }

    /**
     * The message with the text's name and the position: {@code pilot.yaml, line 3, column 5: …}.
     *
     * @param language the language, not null
     * @return the message, never null
     * @throws NullPointerException if language is null (a programmer error)
     */
    @Override
    public String message(Language language) {
      return name + ", " + error.message(language);
    }

    /**
     * The message with the text's name and the position, in the language of a locale (French,
     * German, Italian, or English for any other): {@code pilot.yaml, Zeile 3, Spalte 5: …}.
     *
     * @param locale the locale, not null
     * @return the message, never null
     * @throws NullPointerException if locale is null (a programmer error)
     */
    @Override
    public String message(Locale locale) {
      return name + ", " + error.message(locale);
    }

    /**
     * Where the error is, as a tool writes it: {@code pilot.yaml:3:5}.
     *
     * @return the position, never null
     */
    public String position() {
      return name + ":" + error.position();
    }

    /** The position, the code and the English message. */
    @Override
    public String toString() {
      return position() + " " + error.code() + " " + error.description(Locale.ROOT);
    }
  }

  /** A text read: its policy, its validity, and where the validity is written. */
  private record Version(String name, PolicyReader.Version read) {

    String id() {
      return read.policy().id();
    }

    boolean appliesOn(LocalDate day) {
      return read.validity().forAll(window -> window.contains(day));
    }

    boolean overlaps(Version other) {
      return read.validity().isEmpty() || other.read.validity().isEmpty()
          || read.validity().get().overlaps(other.read.validity().get());
    }
  }

  private final Seq<Fact<?>> hostFacts;
  private final Map<String, Version> versions;

  private PolicyTexts(Seq<Fact<?>> hostFacts, Map<String, Version> versions) {
    this.hostFacts = hostFacts;
    this.versions = versions;
  }

  /**
   * No text yet; the texts' declared facts are their own.
   *
   * @return the empty value, never null
   */
  public static PolicyTexts empty() {
    return new PolicyTexts(List.empty(), LinkedHashMap.empty());
  }

  /**
   * No text yet; a fact a text declares under the name of one of {@code hostFacts}, with the same
   * type, is that fact, as in {@link PolicyText#read(String, Iterable)}.
   *
   * @param hostFacts facts declared by the host, not null
   * @return the empty value, never null
   * @throws NullPointerException if hostFacts or one of them is null (a programmer error)
   */
  public static PolicyTexts empty(Iterable<? extends Fact<?>> hostFacts) {
    requireNonNull(hostFacts, "hostFacts");
    List<Fact<?>> facts = List.ofAll(hostFacts);
    facts.forEach(f -> requireNonNull(f, "hostFacts"));
    return new PolicyTexts(facts, LinkedHashMap.empty());
  }

  /**
   * The policies of texts, each under its host's name (a file's name, a database key), read in the
   * map's order; their declared facts are their own.
   *
   * @param texts the texts by name, not null
   * @return the policies, or every error of every text at once, each with its text's name and its
   *     position, including the versions whose validities overlap an earlier text's
   * @throws NullPointerException if texts, a name or a text is null (a programmer error)
   */
  public static Validation<Seq<TextError>, PolicyTexts> of(Map<String, String> texts) {
    return empty().withTexts(texts);
  }

  /**
   * The policies of texts, as {@link #of(Map)}, whose declared facts may be the host's.
   *
   * @param texts the texts by name, not null
   * @param hostFacts facts declared by the host, not null
   * @return the policies, or every error of every text at once, as {@link #of(Map)}
   * @throws NullPointerException if an argument, a name, a text or a fact is null (a programmer
   *     error)
   */
  public static Validation<Seq<TextError>, PolicyTexts> of(Map<String, String> texts,
      Iterable<? extends Fact<?>> hostFacts) {
    return empty(hostFacts).withTexts(texts);
  }

  /**
   * These policies with texts added, or replaced when a name is already here, in the map's order.
   *
   * @param texts the texts by name, not null
   * @return the new value, or every error of every text; this value is unchanged either way
   * @throws NullPointerException if texts, a name or a text is null (a programmer error)
   */
  public Validation<Seq<TextError>, PolicyTexts> withTexts(Map<String, String> texts) {
    requireNonNull(texts, "texts");
    texts.forEach((name, text) -> {
      requireNonNull(name, "a text's name");
      requireNonNull(text, "text");
    });
    Map<String, Version> accepted = versions.removeAll(texts.keySet());
    List<TextError> errors = List.empty();
    for (Tuple2<String, String> named : texts) {
      Validation<Seq<TextError>, Version> read = read(named._1, named._2, accepted);
      if (read.isValid()) {
        accepted = accepted.put(named._1, read.get());
      } else {
        errors = errors.appendAll(read.getError());
      }
    }
    return errors.isEmpty() ? Validation.valid(new PolicyTexts(hostFacts, accepted))
        : Validation.invalid(errors);
  }

  /**
   * These policies with one text added, or replacing the text of that name: the way to change a
   * policy, or to add its next version, without restarting.
   *
   * @param name the host's name for the text, not null
   * @param text the policy file's text, not null
   * @return the new value, or every error of the text, positioned, with
   *     {@link PolicyText#VERSIONS_OVERLAP} when its validity overlaps another version's; this
   *     value is unchanged either way
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Validation<Seq<TextError>, PolicyTexts> withText(String name, String text) {
    requireNonNull(name, "name");
    requireNonNull(text, "text");
    return withTexts(LinkedHashMap.of(name, text));
  }

  /**
   * These policies without the text of that name, if it is here.
   *
   * @param name the host's name for the text, not null
   * @return the new value, never null; this value is unchanged
   * @throws NullPointerException if name is null (a programmer error)
   */
  public PolicyTexts withoutText(String name) {
    requireNonNull(name, "name");
    return new PolicyTexts(hostFacts, versions.remove(name));
  }

  /**
   * The version of a policy in force on a request's date: the one whose validity holds the day,
   * or the one without a validity.
   *
   * @param id the policy's identifier, as its file's {@code policy:} says, not null
   * @param requestDate the request's date, not null
   * @return the policy, or none when no text gives that policy for that day
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Option<Policy> policy(String id, LocalDate requestDate) {
    requireNonNull(id, "id");
    requireNonNull(requestDate, "requestDate");
    return versions.values().find(v -> v.id().equals(id) && v.appliesOn(requestDate))
        .map(v -> v.read().policy());
  }

  /**
   * The validity of the version a text gives.
   *
   * @param name the host's name for the text, not null
   * @return the text's validity; none when the text is not here or its policy is valid every day
   * @throws NullPointerException if name is null (a programmer error)
   */
  public Option<DateWindow> validity(String name) {
    requireNonNull(name, "name");
    return versions.get(name).flatMap(v -> v.read().validity());
  }

  /**
   * The identifiers of the policies the texts give, each once, in the order of the texts.
   *
   * @return the identifiers, never null
   */
  public Seq<String> ids() {
    return versions.values().map(Version::id).distinct().toList();
  }

  /**
   * The names of the texts, in the order they were given.
   *
   * @return the names, never null
   */
  public Seq<String> names() {
    return versions.keySet().toList();
  }

  private Validation<Seq<TextError>, Version> read(String name, String text,
      Map<String, Version> others) {
    Validation<Seq<PolicyTextError>, PolicyReader.Version> read =
        PolicyText.readVersion(text, hostFacts);
    if (read.isInvalid()) {
      return Validation.invalid(read.getError().map(e -> new TextError(name, e)));
    }
    Version version = new Version(name, read.get());
    Seq<TextError> overlaps = others.values()
        .filter(other -> other.id().equals(version.id()) && other.overlaps(version))
        .map(other -> new TextError(name, overlap(version, other))).toList();
    return overlaps.isEmpty() ? Validation.valid(version) : Validation.invalid(overlaps);
  }

  private static PolicyTextError overlap(Version version, Version other) {
    return new PolicyTextError(version.read().line(), version.read().column(),
        PolicyMessages.Wording.VERSIONS_OVERLAP.with(version.id(), version.read().validity(),
            other.name(), other.read().validity()));
  }

  /** The texts' names and the policies they give. */
  @Override
  public String toString() {
    return "PolicyTexts" + versions.mapValues(Version::id).toJavaMap();
  }
}
