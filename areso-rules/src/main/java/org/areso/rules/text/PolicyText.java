package org.areso.rules.text;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;

/**
 * Reads an eligibility policy written as text — a YAML policy file, described in
 * {@code docs/POLICY-FORMAT.md} — into the same {@link Policy} a Java rule author builds: the same
 * fast verdict, explanation tree, missing facts and build-time checks.
 *
 * <p>The YAML is read safely: from the parser's events only, with no tag, anchor or alias, at most
 * {@value #MAX_CHARS} characters, {@value #MAX_DEPTH} levels of nesting and {@value #MAX_NODES}
 * elements; any text gives a policy or every error found, never an exception, in time and memory
 * linear in its length. The library reads no file: the host passes the text. A policy's validity
 * ({@code valid: {from, to}} at the top of the file) is checked here and used by
 * {@link PolicyTexts} to choose, by request date, among the versions of one policy. Stateless and
 * thread-safe.
 */
public final class PolicyText {

  /** The longest text read, in characters; a longer one is refused before it is parsed. */
  public static final int MAX_CHARS = 512 * 1024;
  /** The deepest nesting of mappings and lists. */
  public static final int MAX_DEPTH = 64;
  /** The most elements (texts, mappings, lists) in one text. */
  public static final int MAX_NODES = 50_000;

  /** The YAML is malformed, or holds several documents. */
  public static final String SYNTAX = "POLICY_TEXT_SYNTAX";
  /** The text holds nothing. */
  public static final String EMPTY = "POLICY_TEXT_EMPTY";
  /** The text is longer than {@link #MAX_CHARS} or has more than {@link #MAX_NODES} elements. */
  public static final String TOO_LARGE = "POLICY_TEXT_TOO_LARGE";
  /** The text nests deeper than {@link #MAX_DEPTH}. */
  public static final String TOO_DEEP = "POLICY_TEXT_TOO_DEEP";
  /** The text uses a YAML anchor or alias. */
  public static final String ALIAS = "POLICY_TEXT_ALIAS";
  /** The text uses a YAML tag. */
  public static final String TAG = "POLICY_TEXT_TAG";
  /** A mapping has a key the format does not know. */
  public static final String UNKNOWN_KEY = "POLICY_TEXT_UNKNOWN_KEY";
  /** A mapping repeats a key. */
  public static final String DUPLICATE_KEY = "POLICY_TEXT_DUPLICATE_KEY";
  /** A required key is missing. */
  public static final String MISSING_KEY = "POLICY_TEXT_MISSING_KEY";
  /** A text, mapping or list is found where another is expected, or a rule is two things. */
  public static final String WRONG_SHAPE = "POLICY_TEXT_WRONG_SHAPE";
  /** A value is not of the kind expected: a date, a country, a yes or no… */
  public static final String BAD_VALUE = "POLICY_TEXT_BAD_VALUE";
  /** A condition reads a fact that is neither standard nor declared by the policy. */
  public static final String UNKNOWN_FACT = "POLICY_TEXT_UNKNOWN_FACT";
  /** A declared fact has a standard fact's name, or a host's fact's name with another type. */
  public static final String FACT_CONFLICT = "POLICY_TEXT_FACT_CONFLICT";
  /** A condition uses a comparison the format does not know. */
  public static final String UNKNOWN_OPERATOR = "POLICY_TEXT_UNKNOWN_OPERATOR";
  /** A comparison does not apply to the fact's kind, or to the parameter's. */
  public static final String OPERATOR_MISMATCH = "POLICY_TEXT_OPERATOR_MISMATCH";
  /** A rule cites a reference the file does not define. */
  public static final String UNKNOWN_REFERENCE = "POLICY_TEXT_UNKNOWN_REFERENCE";
  /** A condition compares with a parameter the file does not define. */
  public static final String UNKNOWN_PARAMETER = "POLICY_TEXT_UNKNOWN_PARAMETER";
  /** A parameter's period cites no text. */
  public static final String MISSING_CITATION = "POLICY_TEXT_MISSING_CITATION";
  /**
   * Two texts of one {@link PolicyTexts} give versions of one policy whose validities overlap, so
   * a request date would not say which version decides.
   */
  public static final String VERSIONS_OVERLAP = "POLICY_TEXT_VERSIONS_OVERLAP";

  private PolicyText() {}

  /**
   * Reads a policy file; the facts it declares are its own.
   *
   * @param text the policy file's text, not null
   * @return the policy, or every error of the file, each with its line and column, sorted by
   *     position: this class's codes, and the engine's own ({@code RULE_WITHOUT_REFERENCE},
   *     {@code DUPLICATE_RULE_NAME}, {@code EMPTY_COMPOSITION}, {@code DEROGATION_NEVER_APPLIES},
   *     {@code DEROGATIONS_ALWAYS_CONFLICT}, {@code FIELD_BLANK}, {@code WINDOW_INVERTED},
   *     {@code PARAMETER_PERIODS_OVERLAP}…) at the part that caused them
   * @throws NullPointerException if text is null (a programmer error)
   */
  public static Validation<Seq<PolicyTextError>, Policy> read(String text) {
    return read(text, List.empty());
  }

  /**
   * Reads a policy file whose declared facts may be facts the host already declared with
   * {@link Fact#of}: a fact the file declares under the name of one of {@code hostFacts}, with the
   * same type, is that fact, so that the host's {@code Facts} answer it.
   *
   * @param text the policy file's text, not null
   * @param hostFacts facts declared by the host, not null
   * @return the policy, or every error of the file, as {@link #read(String)}
   * @throws NullPointerException if an argument or a fact is null (a programmer error)
   */
  public static Validation<Seq<PolicyTextError>, Policy> read(String text,
      Iterable<? extends Fact<?>> hostFacts) {
    requireNonNull(text, "text");
    requireNonNull(hostFacts, "hostFacts");
    List<Fact<?>> facts = List.ofAll(hostFacts);
    facts.forEach(f -> requireNonNull(f, "hostFacts"));
    return Tree.read(text).fold(Validation::invalid, root -> new PolicyReader(facts).read(root));
  }

  /** A policy file read with its validity, for {@link PolicyTexts}. */
  static Validation<Seq<PolicyTextError>, PolicyReader.Version> readVersion(String text,
      Seq<Fact<?>> hostFacts) {
    return Tree.read(text).fold(Validation::invalid,
        root -> new PolicyReader(hostFacts).version(root));
  }
}
