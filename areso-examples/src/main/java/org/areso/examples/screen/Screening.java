package org.areso.examples.screen;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.areso.core.eligibility.EligibilityReason;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.ScreenResult;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;

/**
 * Screens a host's CSV export against one policy on one request date, row by row: each row
 * becomes a {@link Structure} and its {@link Facts}, and one output line
 * {@code id,verdict,reasons,missing}.
 *
 * <p>The verdict is {@code ELIGIBLE}, {@code NOT_ELIGIBLE}, {@code UNDETERMINED}, or
 * {@code INVALID} for a row that cannot be read. A column named as a fact the policy declares
 * ({@link org.areso.core.eligibility.Fact#of}), such as {@code private_non_profit}, is read as
 * that fact ({@link Facts#withText}), a blank cell as unknown; other columns not screened are
 * ignored. Reasons are written {@code CODE:subject}, where the subject is the column (for an
 * {@code INVALID} row), the rule (for a failed condition) or the fact (for a missing one), or just
 * {@code CODE} when a reason has no subject; reasons and missing facts are {@code |}-separated.
 * Rows are read as a stream, never all at once, with bounded memory ({@link CsvReader}): a thread of the screening's own reads the rows a few hundred ahead
 * of the calling thread, which screens and writes them in input order, and the two share the
 * reading of the cells as their loads allow; the reading thread has ended when {@link #screen}
 * returns. Immutable and thread-safe; each call to {@link #screen} is
 * independent.
 */
public final class Screening {

  /** The largest number of columns a header may have. */
  public static final int MAX_COLUMNS = 1_000;
  /** The longest identifier accepted, in characters. */
  public static final int MAX_ID_LENGTH = 128;
  /** The output's header line. */
  public static final String HEADER = "id,verdict,reasons,missing";
  /** The verdict of a row that cannot be read. */
  public static final String INVALID = "INVALID";

  private static final Structure UNKNOWN = Structure.builder().build().get();

  private final Policy policy;
  private final LocalDate requestDate;
  private final int cacheLimit;
  /** The facts the policy declares, by their names in lower case. */
  private final Map<String, Fact<?>> declared;

  private Screening(Policy policy, LocalDate requestDate, int cacheLimit) {
    this.policy = policy;
    this.requestDate = requestDate;
    this.cacheLimit = cacheLimit;
    Map<String, Fact<?>> facts = new HashMap<>();
    policy.declaredFacts().forEach(fact -> facts.put(fact.name().toLowerCase(Locale.ROOT), fact));
    this.declared = Map.copyOf(facts);
  }

  /**
   * A screening against a policy, every request made on the given date.
   *
   * @param policy the programme's policy, not null
   * @param requestDate the request date of every row, not null
   * @return the screening, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Screening of(Policy policy, LocalDate requestDate) {
    return new Screening(requireNonNull(policy, "policy"),
        requireNonNull(requestDate, "requestDate"), CellCache.DEFAULT_LIMIT);
  }

  /**
   * The same screening with another bound on the cells remembered per column ({@link CellCache});
   * 0 reads every cell anew. For the tests that check the cache changes no output.
   *
   * @param limit the number of distinct texts a column may hold before it stops being cached,
   *     not negative
   * @return the screening, never null
   */
  Screening withCacheLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit < 0: " + limit);
    }
    return new Screening(policy, requestDate, limit);
  }

  /**
   * Reads every row of {@code in} and writes the output header and one line per row to
   * {@code out}, in input order. A row that cannot be read is an {@code INVALID} line; it never
   * stops the screening.
   *
   * @param in the CSV to screen, with its header, not null
   * @param out where to write the output CSV, not null; flushed at the end
   * @param progress told the number of rows screened so far, every
   *     {@code progressEvery} rows, not null
   * @param progressEvery how often to tell progress, in rows, at least 1
   * @return the count of each verdict, or the reason the header cannot be read (nothing is
   *     written then)
   * @throws IOException when {@code in} cannot be read or {@code out} written
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Either<ScreeningReason, Tally> screen(Reader in, Writer out, LongConsumer progress,
      int progressEvery) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(out, "out");
    requireNonNull(progress, "progress");
    CsvReader reader = new CsvReader(in);
    CsvRecord header = new CsvRecord(MAX_COLUMNS);
    if (!reader.next(header, null)) {
      return Either.left(new ScreeningReason.HeaderMissing());
    }
    Either<ScreeningReason, Layout> layout = Layout.of(header, declared);
    if (layout.isLeft()) {
      return Either.left(layout.getLeft());
    }
    return Either.right(screenRows(reader, layout.get(), out, progress, progressEvery));
  }

  /**
   * Reads the rows exactly as {@link #screen} does — same reader, same kept columns — without
   * screening them: the baseline of the screening benchmark.
   *
   * @param in the CSV, not null
   * @return the number of rows read, or -1 without a readable header
   * @throws IOException when {@code in} cannot be read
   */
  long parseOnly(Reader in) throws IOException {
    CsvReader reader = new CsvReader(requireNonNull(in, "in"));
    CsvRecord header = new CsvRecord(MAX_COLUMNS);
    if (!reader.next(header, null)) {
      return -1;
    }
    Either<ScreeningReason, Layout> layout = Layout.of(header, declared);
    if (layout.isLeft()) {
      return -1;
    }
    CsvRecord row = new CsvRecord(layout.get().columns.length);
    long rows = 0;
    while (reader.next(row, layout.get().keep)) {
      rows++;
    }
    return rows;
  }

  private Tally screenRows(CsvReader reader, Layout layout, Writer out, LongConsumer progress,
      int progressEvery) throws IOException {
    long[] counts = new long[4];
    StringBuilder line = new StringBuilder(256);
    line.append(HEADER).append('\n');
    long rows = 0;
    Reading reading = new Reading(reader, layout, new CellCache(cacheLimit));
    CellCache cache = new CellCache(cacheLimit);
    Thread thread = new Thread(reading, "areso-screening-reader");
    thread.setDaemon(true);
    thread.start();
    try {
      for (ReadRow[] batch = reading.take(); batch != null; batch = reading.take()) {
        for (ReadRow row : batch) {
          screenRow(row, layout, cache, line, counts);
          rows++;
          if (line.length() > 8192) {
            out.append(line);
            line.setLength(0);
          }
          if (rows % progressEvery == 0) {
            progress.accept(rows);
          }
        }
      }
    } finally {
      reading.stop(thread);
    }
    out.append(line);
    out.flush();
    return new Tally(counts[Verdict.ELIGIBLE.code()], counts[Verdict.NOT_ELIGIBLE.code()],
        counts[Verdict.UNDETERMINED.code()], counts[3]);
  }

  /**
   * Reads the rows on a thread of its own, ahead of the screening thread, which builds, decides
   * and writes them in input order. At most {@link #QUEUED} batches of {@link #BATCH} rows wait
   * between the two, so that memory stays bounded whatever the number of rows.
   *
   * <p>Reading the cells of the repeating columns (through a {@link CellCache}) is shared as the
   * two threads' loads allow: while a batch waits in the queue, the screening thread has work
   * and the reading thread reads them itself for the next batch; when the queue is empty, the
   * screening thread is waiting, and the next batch leaves them to it (it has a cache of its
   * own). Either way a cell gives the same value, so the output does not depend on the split;
   * only the time does.
   */
  private static final class Reading implements Runnable {
    private static final int BATCH = 256;
    private static final int QUEUED = 4;
    /** Put after the last batch when every row was read. */
    private static final Object END = new Object();

    private final CsvReader reader;
    private final Layout layout;
    private final CellCache cache;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private volatile boolean stopped;

    Reading(CsvReader reader, Layout layout, CellCache cache) {
      this.reader = reader;
      this.layout = layout;
      this.cache = cache;
    }

    @Override
    public void run() {
      Object last;
      try {
        CsvRecord row = new CsvRecord(layout.columns.length);
        ReadRow[] batch = new ReadRow[BATCH];
        int size = 0;
        CellCache cells = null;
        while (!stopped && reader.next(row, layout.keep)) {
          batch[size++] = ReadRow.of(row, layout, cells);
          if (size == BATCH) {
            // Looked at before this batch joins it: an empty queue means the screening thread
            // has caught up and waits for the rows this thread reads.
            boolean caughtUp = queue.isEmpty();
            if (!put(batch)) {
              return;
            }
            batch = new ReadRow[BATCH];
            size = 0;
            cells = caughtUp ? null : cache;
          }
        }
        if (size > 0 && !put(Arrays.copyOf(batch, size))) {
          return;
        }
        last = END;
      } catch (IOException | RuntimeException | Error e) {
        // Thrown again on the screening thread, after the rows read before it.
        last = e;
      }
      put(last);
    }

    /** Waits for room in the queue; false when the screening stopped first. */
    private boolean put(Object item) {
      try {
        while (!stopped) {
          if (queue.offer(item, 10, TimeUnit.MILLISECONDS)) {
            return true;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return false;
    }

    /** The next batch, or null after the last; throws what reading threw. */
    ReadRow[] take() throws IOException {
      Object item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("screening interrupted");
      }
      if (item == END) {
        return null;
      } else if (item instanceof ReadRow[] batch) {
        return batch;
      } else if (item instanceof IOException e) {
        throw e;
      } else if (item instanceof RuntimeException e) {
        throw e;
      }
      throw (Error) item;
    }

    /**
     * Stops reading and waits for the reading thread to end, so that {@code in} is no longer
     * read once the screening returns (the thread ends once its current row is read).
     */
    void stop(Thread thread) {
      stopped = true;
      boolean interrupted = false;
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * A row as the reading thread leaves it: its identifier, the problems found so far, and a
   * builder holding the cells the reading thread's cache held, if it read them; the other
   * structure cells are left for the screening thread, in {@link #later}.
   */
  private static final class ReadRow {
    final String id;
    final List<Reason> problems;
    final StructureBuilder builder = Structure.builder();
    String format = "";
    String context = "";
    /**
     * The structure cells left to the screening thread, at their places in {@link Layout#read};
     * null where there is none, and null for a row that left none.
     */
    String[] later;
    /**
     * The cells of the policy's declared facts, at their places in {@link Layout#extras}; null
     * for a row that gives none.
     */
    String[] extra;

    private ReadRow(String id, List<Reason> problems) {
      this.id = id;
      this.problems = problems;
    }

    /** Reads a row; the cells of the cached columns too, unless {@code cache} is null. */
    static ReadRow of(CsvRecord row, Layout layout, CellCache cache) {
      List<Reason> problems = new ArrayList<>();
      if (row.unterminated()) {
        problems.add(new ScreeningReason.UnterminatedQuote());
      }
      if (row.size() > layout.names.length) {
        problems.add(new ScreeningReason.TooManyCells(row.size(), layout.names.length));
      }
      for (int n = 0; n < row.overlongCount(); n++) {
        int index = row.overlong(n);
        if (index < layout.names.length) {
          problems.add(new ScreeningReason.CellTooLong(layout.names[index],
              CsvReader.MAX_CELL_LENGTH));
        }
      }
      ReadRow read = new ReadRow(readId(row.cell(layout.id), problems), problems);
      for (int k = 0; k < layout.read.length; k++) {
        int index = layout.read[k];
        String cell = row.cell(index);
        if (cell == null || cell.isEmpty()) {
          continue;
        }
        Column column = layout.columns[index];
        if (cell.indexOf('\uFFFD') >= 0) {
          problems.add(new ScreeningReason.MalformedText(column.header()));
        } else if (column.isStructure()) {
          if (cache == null || !cache.setIfHeld(column, read.builder, cell)) {
            if (read.later == null) {
              read.later = new String[layout.read.length];
            }
            read.later[k] = cell;
          }
        } else if (column == Column.FORMAT) {
          read.format = cell;
        } else if (column == Column.CONTEXT) {
          read.context = cell;
        }
      }
      for (int k = 0; k < layout.extras.length; k++) {
        int index = layout.extras[k];
        String cell = row.cell(index);
        if (cell == null || cell.isBlank()) {
          continue;
        }
        if (cell.indexOf('\uFFFD') >= 0) {
          // a column that is also a structure's has said so above
          if (layout.columns[index] == null) {
            problems.add(new ScreeningReason.MalformedText(layout.names[index]));
          }
          continue;
        }
        if (read.extra == null) {
          read.extra = new String[layout.extras.length];
        }
        read.extra[k] = cell;
      }
      return read;
    }
  }

  /**
   * Screens one row read, reading the cells left to it (through its own cache), and appends its
   * line.
   */
  private void screenRow(ReadRow row, Layout layout, CellCache cache, StringBuilder line,
      long[] counts) {
    StructureBuilder builder = row.builder;
    String[] later = row.later;
    for (int k = 0; later != null && k < later.length; k++) {
      String cell = later[k];
      if (cell != null) {
        Column column = layout.columns[layout.read[k]];
        if (!cache.setIfHeld(column, builder, cell)) {
          column.set(builder, cell);
        }
      }
    }
    List<Reason> problems = row.problems;
    String id = row.id;
    String format = row.format;
    String context = row.context;
    Validation<Seq<Reason>, Structure> structure = builder.build();
    Structure read = structure.isValid() ? structure.get() : UNKNOWN;
    // null when the row gives no fact of the request but its date: nothing to read.
    Validation<Seq<Reason>, Facts> facts = format.isEmpty() && context.isEmpty()
        ? null
        : Facts.read(read, "", format, context);
    if (structure.isInvalid()) {
      structure.getError().forEach(problems::add);
    }
    if (facts != null && facts.isInvalid()) {
      facts.getError().forEach(problems::add);
    }
    if (row.extra != null) {
      // the declared facts' cells, each read, every refusal reported
      Facts with = facts != null && facts.isValid() ? facts.get() : Facts.of(read);
      for (int k = 0; k < row.extra.length; k++) {
        if (row.extra[k] != null) {
          Validation<Seq<Reason>, Facts> given =
              with.withText(layout.facts[layout.extras[k]], row.extra[k]);
          if (given.isInvalid()) {
            given.getError().forEach(problems::add);
          } else {
            with = given.get();
          }
        }
      }
      facts = Validation.valid(with);
    }
    CsvCell.append(line, id);
    line.append(',');
    if (!problems.isEmpty()) {
      counts[3]++;
      line.append(INVALID).append(',');
      appendReasons(line, problems);
      line.append(",\n");
      return;
    }
    Facts known = facts == null
        ? Facts.of(read, requestDate)
        : facts.get().requestDate(requestDate);
    ScreenResult result = policy.screen(known);
    Verdict verdict = result.verdict();
    counts[verdict.code()]++;
    line.append(verdict.name()).append(',');
    // The codes are upper case and the subjects cleaned: the cells never need quoting, and
    // are written straight into the line, as appendReasons would write them.
    for (int i = 0; i < result.reasonCount(); i++) {
      if (i > 0) {
        line.append('|');
      }
      line.append(result.reasonCode(i)).append(':');
      appendClean(line, result.reasonSubject(i));
    }
    line.append(',');
    int start = line.length();
    boolean plain = true;
    for (int i = 0; i < result.missingCount(); i++) {
      if (i > 0) {
        line.append('|');
      }
      String name = result.missingFact(i).name();
      plain &= name.indexOf(',') < 0 && name.indexOf('"') < 0 && name.indexOf('\n') < 0
          && name.indexOf('\r') < 0;
      line.append(name);
    }
    if (!plain || line.length() > start
        && CsvCell.isFormulaLike(String.valueOf(line.charAt(start)))) {
      // A fact name (from a draft policy) that needs quoting: written as a CSV cell.
      String cell = line.substring(start);
      line.setLength(start);
      CsvCell.append(line, cell);
    }
    line.append('\n');
  }

  private static String readId(String cell, List<Reason> problems) {
    String id = cell == null ? "" : cell.strip();
    if (id.isEmpty()) {
      problems.add(new FieldReason.Blank(Column.ID.header()));
    } else if (id.length() > MAX_ID_LENGTH) {
      problems.add(new FieldReason.TooLong(Column.ID.header(), id.length(), MAX_ID_LENGTH));
      return FieldReason.excerpt(id);
    } else if (hasControl(id) || id.indexOf('\uFFFD') >= 0) {
      problems.add(new FieldReason.Malformed(Column.ID.header(), id,
          org.areso.core.kernel.Text.of("un identifiant sans caractère de contrôle",
              "an identifier with no control character")));
      return FieldReason.excerpt(id);
    }
    return id;
  }

  private static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void appendReasons(StringBuilder line, Iterable<? extends Reason> reasons) {
    StringBuilder cell = new StringBuilder();
    for (Reason reason : reasons) {
      if (cell.length() > 0) {
        cell.append('|');
      }
      cell.append(token(reason));
    }
    CsvCell.append(line, cell.toString());
  }

  /**
   * A reason as the output writes it: {@code CODE:subject}, or {@code CODE} alone.
   *
   * @param reason the reason, not null
   * @return the token, never null
   */
  static String token(Reason reason) {
    String subject = subject(reason);
    return subject == null ? reason.code() : reason.code() + ':' + clean(subject);
  }

  private static String subject(Reason reason) {
    if (reason instanceof FieldReason field) {
      return field.field();
    } else if (reason instanceof ScreeningReason.CellTooLong cell) {
      return cell.column();
    } else if (reason instanceof ScreeningReason.MalformedText text) {
      return text.column();
    } else if (reason instanceof EligibilityReason.ConditionNotMet condition) {
      return condition.rule();
    } else if (reason instanceof EligibilityReason.FactMissing fact) {
      return fact.fact();
    } else if (reason instanceof EligibilityReason.RuleNotInForce rule) {
      return rule.rule();
    } else if (reason instanceof EligibilityReason.DerogationApplied derogation) {
      return derogation.rule();
    } else if (reason instanceof EligibilityReason.DerogationsConflict conflict) {
      return conflict.rule();
    }
    return null;
  }

  /**
   * A subject reduced to letters, digits, {@code _}, {@code .} and {@code -} (anything else
   * becomes {@code _}, at most 64 characters), so that it never breaks the {@code |} list.
   */
  static String clean(String subject) {
    int length = Math.min(subject.length(), FieldReason.EXCERPT_LENGTH);
    StringBuilder out = null;
    for (int i = 0; i < length; i++) {
      char c = subject.charAt(i);
      boolean plain = isPlain(c);
      if (!plain && out == null) {
        out = new StringBuilder(length).append(subject, 0, i);
      }
      if (out != null) {
        out.append(plain ? c : '_');
      }
    }
    return out != null ? out.toString()
        : length == subject.length() ? subject : subject.substring(0, length);
  }

  /**
   * Appends {@link #clean(String) clean(subject)} without building the string: a subject that is
   * clean already, a rule's or a fact's name, is appended whole.
   */
  static void appendClean(StringBuilder line, String subject) {
    int length = Math.min(subject.length(), FieldReason.EXCERPT_LENGTH);
    int plain = 0;
    while (plain < length && isPlain(subject.charAt(plain))) {
      plain++;
    }
    line.append(subject, 0, plain);
    for (int i = plain; i < length; i++) {
      char c = subject.charAt(i);
      line.append(isPlain(c) ? c : '_');
    }
  }

  /** Whether {@link #clean(String)} keeps a character as it is. */
  private static boolean isPlain(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-');
  }

  /** Where each column of the header goes, worked out once per file. */
  private static final class Layout {
    final String[] names;
    final Column[] columns;
    /** The declared fact of each column that names one, else null. */
    final Fact<?>[] facts;
    final boolean[] keep;
    final int[] read;
    /** The columns of declared facts, in order. */
    final int[] extras;
    final int id;

    private Layout(String[] names, Column[] columns, Fact<?>[] facts, int id) {
      this.names = names;
      this.columns = columns;
      this.facts = facts;
      this.id = id;
      this.keep = new boolean[columns.length];
      List<Integer> read = new ArrayList<>();
      List<Integer> extras = new ArrayList<>();
      for (int i = 0; i < columns.length; i++) {
        keep[i] = columns[i] != null || facts[i] != null;
        if (columns[i] != null && columns[i] != Column.ID) {
          read.add(i);
        }
        if (facts[i] != null) {
          extras.add(i);
        }
      }
      this.read = read.stream().mapToInt(Integer::intValue).toArray();
      this.extras = extras.stream().mapToInt(Integer::intValue).toArray();
    }

    static Either<ScreeningReason, Layout> of(CsvRecord header, Map<String, Fact<?>> declared) {
      if (header.size() > MAX_COLUMNS || header.overlongCount() > 0 || header.unterminated()) {
        return Either.left(new ScreeningReason.HeaderTooLarge(header.size(), MAX_COLUMNS));
      }
      String[] names = new String[header.size()];
      Column[] columns = new Column[header.size()];
      Fact<?>[] facts = new Fact<?>[header.size()];
      Map<Column, Integer> seen = new HashMap<>();
      Map<Fact<?>, Integer> seenFacts = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        String name = header.cell(i);
        names[i] = name;
        Column column = Column.named(name).orElse(null);
        if (column != null && seen.put(column, i) != null) {
          return Either.left(new ScreeningReason.DuplicateColumn(column.header()));
        }
        columns[i] = column;
        // a fact the policy declares may share its name with a column: both are read
        Fact<?> fact = declared.get(name.strip().toLowerCase(Locale.ROOT));
        if (fact != null && seenFacts.put(fact, i) != null) {
          return Either.left(new ScreeningReason.DuplicateColumn(fact.name()));
        }
        facts[i] = fact;
      }
      Integer id = seen.get(Column.ID);
      return id == null
          ? Either.left(new ScreeningReason.ColumnMissing(Column.ID.header()))
          : Either.right(new Layout(names, columns, facts, id));
    }
  }
}
