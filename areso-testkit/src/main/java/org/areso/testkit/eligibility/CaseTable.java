package org.areso.testkit.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Traversable;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Explanation;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * A table of eligibility cases for one policy, run as JUnit 5 dynamic tests.
 *
 * <p>Each row is one request: the structure's facts in the screening CSV's columns ({@code country},
 * {@code siret}, {@code siren}, {@code finess}, {@code uid}, {@code finess_category},
 * {@code casf_item}, {@code funding}, {@code legal_form}, {@code headcount},
 * {@code staff_representation}, {@code region}, {@code departement}, {@code canton},
 * {@code name}), the request's ({@code request_date}, {@code format}, {@code context}), and what
 * must come out: {@code verdict} (required), and
 * optionally {@code reasons} (the exact set of reason codes) and {@code missing} (the exact set of
 * missing fact names). An optional {@code case} column names the row. A column may also name a
 * fact the policy declares ({@link Fact#of}), such as {@code private_non_profit}: its cell is read
 * as {@link Facts#withText} reads it (a yes or no as the structure's yes/no column takes it,
 * {@code yes}, {@code oui}, {@code true}, {@code 1}… or {@code no}, {@code non}, {@code false},
 * {@code 0}…; a whole number; a date; or text). An empty cell is unknown; a column neither listed here nor declared by the policy is refused when the table is
 * run, so that a typing error does not silently test nothing.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> socialEstablishments() {
 *   return CaseTable.markdown("""
 *       | case              | casf_item | funding | request_date | verdict      | reasons           |
 *       |-------------------|-----------|---------|--------------|--------------|-------------------|
 *       | funded CHRS       | 8         | P177    | 2023-09-01   | ELIGIBLE     |                   |
 *       | health insurance  | 8         | ARS     | 2023-09-01   | NOT_ELIGIBLE | CONDITION_NOT_MET |
 *       """).run(policy);
 * }
 * }</pre>
 *
 * <p>In a Markdown cell, several items or funders are separated by commas ({@code 8, 9}); in CSV,
 * by {@code |} as in the screening file. After the cases, one more dynamic test fails when a rule of
 * the policy was decided (met or not met) by no case: that rule is untested. Immutable and
 * thread-safe.
 *
 * <p>Outside JUnit, {@link #check(Policy)} gives the same checks as values: each case's result and
 * the rules no case decided.
 */
public final class CaseTable {

  /** The words of a difference and of an unreadable case, in each language. */
  private static final Text EXPECTED = Text.of(" : attendu ", ": expected ", ": erwartet ",
      ": atteso ");
  private static final Text GOT = Text.of(", obtenu ", ", got ", ", erhalten ", ", ottenuto ");
  /** An empty set of reason codes or missing facts, as a difference writes it. */
  private static final Text NONE = Text.of("aucun", "none", "keine", "nessuno");
  private static final Text UNREADABLE = Text.of("les faits du cas ne peuvent être lus : ",
      "the case's facts cannot be read: ", "die Angaben des Falls sind nicht lesbar: ",
      "i dati del caso non sono leggibili: ");

  private static final Set<String> STRUCTURE_COLUMNS = HashSet.of("name", "country", "siret",
      "siren", "finess", "uid", "finess_category", "casf_item", "funding", "legal_form",
      "headcount", "staff_representation", "region", "departement", "canton");
  private static final Set<String> OTHER_COLUMNS = HashSet.of("case", "request_date", "format",
      "context", "verdict", "reasons", "missing");

  private final Seq<Map<String, String>> rows;

  private CaseTable(Seq<Map<String, String>> rows) {
    this.rows = rows;
  }

  /**
   * Reads a Markdown table: a header row, a separator row of dashes, then one row per case.
   *
   * @param table the table, not null
   * @return the case table, never null
   * @throws IllegalArgumentException if the table has no header, no verdict column or a row of
   *     the wrong width (a mistake in the test itself), with the English messages of
   *     {@link #readMarkdown(String)}'s reasons
   * @throws NullPointerException if table is null
   */
  public static CaseTable markdown(String table) {
    return orThrow(readMarkdown(table));
  }

  /**
   * Reads a Markdown table as {@link #markdown(String)} does, for a tool that reports a table's
   * mistakes to a person rather than failing a test.
   *
   * @param table the table, not null
   * @return the case table, or every reason it cannot be read ({@link CaseTableReason}:
   *     {@code CASE_TABLE_NO_HEADER}, {@code CASE_TABLE_NO_VERDICT}, {@code CASE_TABLE_ROW_WIDTH})
   * @throws NullPointerException if table is null (a programmer error)
   */
  public static Validation<Seq<Reason>, CaseTable> readMarkdown(String table) {
    requireNonNull(table, "table");
    Seq<Seq<String>> lines = List.of(table.split("\n"))
        .map(String::strip)
        .filter(line -> line.startsWith("|"))
        .<Seq<String>>map(line -> List.of(line.substring(1, line.endsWith("|")
            ? line.length() - 1 : line.length()).split("\\|", -1)).map(String::strip))
        .filter(cells -> !cells.forAll(c -> c.matches(":?-+:?")));
    return of(lines, ",");
  }

  /**
   * Reads a CSV table with a header line, as RFC 4180 writes it: a cell in double quotes may hold
   * the separator, line breaks and doubled quotes. The separator is {@code ,}, or {@code ;} (as a
   * French spreadsheet saves CSV) when the header holds semicolons and no comma; lists inside a
   * cell use {@code |} as in the screening file.
   *
   * @param table the table, not null
   * @return the case table, never null
   * @throws IllegalArgumentException if the table has no header, no verdict column, a row of the
   *     wrong width or a quote never closed (a mistake in the test itself), with the English
   *     messages of {@link #readCsv(String)}'s reasons
   * @throws NullPointerException if table is null
   */
  public static CaseTable csv(String table) {
    return orThrow(readCsv(table));
  }

  /**
   * Reads a CSV table as {@link #csv(String)} does, for a tool that reports a table's mistakes to
   * a person rather than failing a test.
   *
   * @param table the table, not null
   * @return the case table, or every reason it cannot be read ({@link CaseTableReason}:
   *     {@code CASE_TABLE_NO_HEADER}, {@code CASE_TABLE_NO_VERDICT}, {@code CASE_TABLE_ROW_WIDTH},
   *     {@code CASE_TABLE_UNTERMINATED_QUOTE})
   * @throws NullPointerException if table is null (a programmer error)
   */
  public static Validation<Seq<Reason>, CaseTable> readCsv(String table) {
    requireNonNull(table, "table");
    Validation<Seq<CaseTableReason>, Seq<Seq<String>>> records = CsvCells.records(table);
    return records.isInvalid() ? Validation.invalid(Seq.narrow(records.getError()))
        : of(records.get(), "|");
  }

  private static <T> T orThrow(Validation<Seq<Reason>, T> read) {
    if (read.isInvalid()) {
      throw new IllegalArgumentException(
          read.getError().map(r -> r.message(Locale.ENGLISH)).mkString("; "));
    }
    return read.get();
  }

  private static Validation<Seq<Reason>, CaseTable> of(Seq<Seq<String>> lines,
      String listSeparator) {
    if (lines.isEmpty()) {
      return Validation.invalid(List.of(new CaseTableReason.NoHeader()));
    }
    Seq<String> header = lines.head();
    List<Reason> errors = List.empty();
    if (!header.contains("verdict")) {
      errors = errors.append(new CaseTableReason.NoVerdictColumn(header));
    }
    errors = errors.appendAll(lines.tail().zipWithIndex()
        .filter(line -> line._1.size() != header.size())
        .map(line -> new CaseTableReason.RowWidth(line._2 + 1, line._1.size(), header.size())));
    if (!errors.isEmpty()) {
      return Validation.invalid(errors);
    }
    Seq<Map<String, String>> rows = lines.tail().map(line ->
        // a Markdown list's commas become the CSV's |, except in the case's name, which is prose
        io.vavr.collection.LinkedHashMap.ofEntries(header.zip(line).map(cell ->
            listSeparator.equals(",") && !cell._1.equals("case")
                ? cell.map2(c -> c.replace(",", "|").replaceAll("\\s*\\|\\s*", "|")) : cell)));
    return Validation.valid(new CaseTable(rows));
  }

  /**
   * The number of cases.
   *
   * @return the number of rows below the header
   */
  public int size() {
    return rows.size();
  }

  /**
   * One dynamic test per case, then one that fails when a rule of the policy was decided by no
   * case.
   *
   * @param policy the policy under test, not null
   * @return the dynamic tests, never null
   * @throws NullPointerException if policy is null
   */
  public Stream<DynamicTest> run(Policy policy) {
    requireNonNull(policy, "policy");
    Map<String, Fact<?>> declared = orThrow(knownColumns(policy));
    java.util.Set<String> exercised = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Stream<DynamicTest> cases = rows.zipWithIndex().toJavaStream().map(row -> DynamicTest
        .dynamicTest(label(row._1, row._2), () -> {
          Decision decision = assertCase(policy, declared, row._1);
          decided(decision.explanation()).forEach(exercised::add);
        }));
    Stream<DynamicTest> coverage = Stream.of(DynamicTest.dynamicTest(
        "every rule of " + policy.id() + " is decided by some case", () -> {
          Seq<String> untested = policy.allRules().map(Rule::name).distinct()
              .filter(name -> !exercised.contains(name));
          Assertions.assertTrue(untested.isEmpty(),
              () -> "no case decided (met or not met) the rule(s): " + untested.mkString(", "));
        }));
    return Stream.concat(cases, coverage);
  }

  /**
   * Checks every case against a policy and returns what came out as values, for a tool that
   * reports outside JUnit (such as the examples' {@code areso policy test}): each case passed or
   * what differed, and the rules no case decided. {@link #run(Policy)} gives the same checks as
   * JUnit dynamic tests.
   *
   * @param policy the policy under test, not null
   * @return the cases' results in the table's order and the undecided rules, never null
   * @throws IllegalArgumentException if a column is neither a known column nor a fact the policy
   *     declares (a mistake in the table itself)
   * @throws NullPointerException if policy is null (a programmer error)
   */
  public Results check(Policy policy) {
    return check(policy, Language.EN);
  }

  /**
   * Checks every case against a policy as {@link #check(Policy)} does, and words what differed
   * in a language: {@code verdict : attendu ELIGIBLE, obtenu NOT_ELIGIBLE} in French, and a cell
   * that cannot be read with its reasons' messages in that language.
   *
   * @param policy the policy under test, not null
   * @param language the language of the differences, not null
   * @return the cases' results in the table's order and the undecided rules, never null
   * @throws IllegalArgumentException if a column is neither a known column nor a fact the policy
   *     declares (a mistake in the table itself)
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Results check(Policy policy, Language language) {
    return check(policy, requireNonNull(language, "language").locale());
  }

  /**
   * Checks every case against a policy as {@link #check(Policy)} does, and words what differed
   * in a locale's language: French, English, German or Italian.
   *
   * @param policy the policy under test, not null
   * @param language the locale of the differences, not null
   * @return the cases' results in the table's order and the undecided rules, never null
   * @throws IllegalArgumentException if a column is neither a known column nor a fact the policy
   *     declares (a mistake in the table itself)
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Results check(Policy policy, Locale language) {
    return orThrow(results(policy, language));
  }

  /**
   * Checks every case against a policy as {@link #check(Policy, Locale)} does, for a tool that
   * reports a table's mistakes to a person rather than failing a test.
   *
   * @param policy the policy under test, not null
   * @param language the locale of the differences, not null
   * @return the cases' results in the table's order and the undecided rules, or
   *     {@code CASE_TABLE_UNKNOWN_COLUMN} when a column is neither a known column nor a fact the
   *     policy declares
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Validation<Seq<Reason>, Results> results(Policy policy, Locale language) {
    requireNonNull(policy, "policy");
    requireNonNull(language, "language");
    return knownColumns(policy).map(declared -> {
      Seq<CaseResult> cases = rows.zipWithIndex()
          .map(row -> outcome(policy, declared, row._1, row._2 + 1, language));
      Set<String> exercised = cases.flatMap(CaseResult::decidedRules).toSet();
      return new Results(cases, policy.allRules().map(Rule::name).distinct()
          .filter(name -> !exercised.contains(name)));
    });
  }

  /**
   * What one case gave. Immutable and thread-safe.
   *
   * @param number the case's 1-based row number below the header
   * @param name the case's {@code case} cell, empty when the table has none
   * @param differences what differed from the row's expectations ({@code verdict: expected
   *     ELIGIBLE, got NOT_ELIGIBLE}…), empty when the case passed, not null
   * @param decidedRules the rules this case decided (met or not met), not null
   */
  public record CaseResult(int number, String name, Seq<String> differences,
      Seq<String> decidedRules) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if name, differences or decidedRules is null (a programmer
     *     error)
     */
    public CaseResult {
      requireNonNull(name, "name");
      requireNonNull(differences, "differences");
      requireNonNull(decidedRules, "decidedRules");
    }

    /**
     * Whether the case came out as its row expects.
     *
     * @return true when nothing differed
     */
    public boolean passed() {
      return differences.isEmpty();
    }

    /**
     * The case's label, as its dynamic test is named: {@code case 3: 50 employees}.
     *
     * @return the label, never null
     */
    public String label() {
      return "case " + number + (name.isBlank() ? "" : ": " + name);
    }
  }

  /**
   * The results of a whole table. Immutable and thread-safe.
   *
   * @param cases each case's result, in the table's order, not null
   * @param undecidedRules the rules of the policy that no case decided (met or not met), not null
   */
  public record Results(Seq<CaseResult> cases, Seq<String> undecidedRules) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is null (a programmer error)
     */
    public Results {
      requireNonNull(cases, "cases");
      requireNonNull(undecidedRules, "undecidedRules");
    }

    /**
     * Whether every case passed and every rule was decided by some case.
     *
     * @return true when the table passes as {@link #run(Policy)}'s tests would
     */
    public boolean passed() {
      return cases.forAll(CaseResult::passed) && undecidedRules.isEmpty();
    }
  }

  /** The policy's declared facts, or the columns that are not known. */
  private Validation<Seq<Reason>, Map<String, Fact<?>>> knownColumns(Policy policy) {
    Map<String, Fact<?>> declared = declaredFacts(policy);
    Seq<String> unknown = rows.headOption().map(r -> r.keySet().toList()).getOrElse(List.empty())
        .filter(c -> !STRUCTURE_COLUMNS.contains(c) && !OTHER_COLUMNS.contains(c)
            && !declared.containsKey(c));
    return unknown.isEmpty() ? Validation.valid(declared)
        : Validation.invalid(List.of(new CaseTableReason.UnknownColumns(unknown,
            STRUCTURE_COLUMNS.addAll(OTHER_COLUMNS).addAll(declared.keySet()).toSortedSet()
                .toList())));
  }

  /** One case checked without JUnit: what differed, and the rules it decided. */
  private static CaseResult outcome(Policy policy, Map<String, Fact<?>> declared,
      Map<String, String> row, int number, Locale language) {
    String name = row.get("case").getOrElse("").strip();
    Validation<Seq<Reason>, Facts> facts = facts(declared, row);
    if (facts.isInvalid()) {
      return new CaseResult(number, name, List.of(unreadable(facts.getError(), language)),
          List.empty());
    }
    Decision decision = policy.evaluate(facts.get());
    String expected = row.get("verdict").get();
    List<String> differences = List.empty();
    if (!expected.equals(decision.verdict().name())) {
      differences = differences.append(differs(language, "verdict", List.of(expected),
          List.of(decision.verdict().name())));
    }
    differences = differences
        .appendAll(difference(row, "reasons", decision.reasonCodes().toSet(), language))
        .appendAll(difference(row, "missing", decision.missing().map(Fact::name).toSet(),
            language));
    return new CaseResult(number, name, differences, decided(decision.explanation()));
  }

  private static Option<String> difference(Map<String, String> row, String column,
      Set<String> actual, Locale language) {
    return row.get(column).map(CaseTable::items)
        .filter(expected -> !expected.toSortedSet().equals(actual.toSortedSet()))
        .map(expected -> differs(language, column, expected, actual));
  }

  /** A column's expected and actual values, worded in a language. */
  private static String differs(Locale language, String column, Traversable<String> expected,
      Traversable<String> actual) {
    return column + EXPECTED.in(language) + listed(expected, language) + GOT.in(language)
        + listed(actual, language);
  }

  /** Why a case's cells cannot be read: each reason's code and message, in a language. */
  private static String unreadable(Seq<Reason> reasons, Locale language) {
    return UNREADABLE.in(language)
        + reasons.map(r -> r.code() + " (" + r.message(language) + ")").mkString("; ");
  }

  private static Set<String> items(String cell) {
    return LinkedHashSet.of(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static String listed(Traversable<String> items, Locale language) {
    return items.isEmpty() ? NONE.in(language) : items.toSortedSet().mkString(", ");
  }

  /** A row's facts: the structure's and the request's columns, then the declared facts'. */
  private static Validation<Seq<Reason>, Facts> facts(Map<String, Fact<?>> declared,
      Map<String, String> row) {
    Validation<Seq<Reason>, Facts> read = read(row);
    // every refusal of the row at once: the structure's, then each declared fact's
    List<Reason> refused = read.isInvalid() ? List.ofAll(read.getError()) : List.empty();
    Facts facts = read.isValid() ? read.get() : Facts.of(Structure.builder().build().get());
    for (var column : row.filter(c -> declared.containsKey(c._1) && !c._2.isBlank())) {
      Validation<Seq<Reason>, Facts> given =
          facts.withText(declared.get(column._1).get(), column._2);
      if (given.isInvalid()) {
        refused = refused.appendAll(given.getError());
      } else {
        facts = given.get();
      }
    }
    return refused.isEmpty() ? Validation.valid(facts) : Validation.invalid(refused);
  }

  private static String label(Map<String, String> row, int index) {
    return "case " + (index + 1) + row.get("case").filter(c -> !c.isBlank())
        .map(c -> ": " + c).getOrElse("");
  }

  /** The facts of the policy's own that its conditions read, by name. */
  private static Map<String, Fact<?>> declaredFacts(Policy policy) {
    return io.vavr.collection.LinkedHashMap.ofEntries(
        policy.declaredFacts().map(f -> io.vavr.Tuple.of(f.name(), f)));
  }

  private static Decision assertCase(Policy policy, Map<String, Fact<?>> declared,
      Map<String, String> row) {
    Validation<Seq<Reason>, Facts> facts = facts(declared, row);
    if (facts.isInvalid()) {
      return Assertions.fail(unreadable(facts.getError(), Locale.ENGLISH));
    }
    Decision decision = policy.evaluate(facts.get());
    String expected = row.get("verdict").get();
    Assertions.assertEquals(Verdict.valueOf(expected), decision.verdict(),
        () -> "verdict\n" + decision.explanation().render(Language.EN));
    expect(row, "reasons", decision.reasonCodes().toSet(), decision);
    expect(row, "missing", decision.missing().map(Fact::name).toSet(), decision);
    return decision;
  }

  private static void expect(Map<String, String> row, String column, Set<String> actual,
      Decision decision) {
    row.get(column).forEach(cell -> {
      Set<String> expected = items(cell);
      Assertions.assertEquals(expected.toSortedSet(), actual.toSortedSet(), () -> column + "\n"
          + decision.explanation().render(Language.EN));
    });
  }

  private static Validation<Seq<Reason>, Facts> read(Map<String, String> row) {
    StructureBuilder builder = Structure.builder();
    Map<String, BiFunction<StructureBuilder, String, StructureBuilder>> setters =
        io.vavr.collection.HashMap.<String, BiFunction<StructureBuilder, String,
            StructureBuilder>>empty()
            .put("name", StructureBuilder::name)
            .put("country", StructureBuilder::country)
            .put("siret", StructureBuilder::siret)
            .put("siren", StructureBuilder::siren)
            .put("finess", StructureBuilder::finess)
            .put("uid", StructureBuilder::uid)
            .put("finess_category", StructureBuilder::finessCategory)
            .put("casf_item", StructureBuilder::casfItems)
            .put("funding", StructureBuilder::fundingSources)
            .put("legal_form", StructureBuilder::legalForm)
            .put("headcount", StructureBuilder::headcount)
            .put("staff_representation", StructureBuilder::staffRepresentation)
            .put("region", StructureBuilder::region)
            .put("departement", StructureBuilder::departement)
            .put("canton", StructureBuilder::canton);
    row.filterKeys(STRUCTURE_COLUMNS::contains)
        .forEach((column, value) -> setters.get(column).get().apply(builder, value));
    return builder.build().flatMap(structure -> Facts.read(structure,
        cell(row, "request_date"), cell(row, "format"), cell(row, "context")));
  }

  private static String cell(Map<String, String> row, String column) {
    return row.get(column).getOrElse("");
  }

  private static Seq<String> decided(Explanation explanation) {
    Seq<String> here = explanation.verdict() == Verdict.UNDETERMINED
        ? List.empty() : List.of(explanation.rule());
    return here.appendAll(explanation.children().flatMap(CaseTable::decided));
  }
}
