package org.areso.core.programme;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ServiceLoader;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;

/**
 * The programmes known to a host, by identifier: those of the {@link ProgrammeProvider}s found on
 * the class path or module path, or given explicitly. A programme's eligibility policy has the
 * programme's identifier: a host that screens or decides by identifier reads it as
 * {@code catalogue.programme(id).map(Programme::policy)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgrammeCatalogue {

  private final Map<String, Programme> programmes;

  private ProgrammeCatalogue(Map<String, Programme> programmes) {
    this.programmes = programmes;
  }

  /**
   * The programmes of every {@link ProgrammeProvider} that {@link ServiceLoader} finds.
   *
   * @return the catalogue, or {@code DUPLICATE_VALUE} for each identifier given twice
   */
  public static Validation<Seq<Reason>, ProgrammeCatalogue> discover() {
    return of(List.ofAll(ServiceLoader.load(ProgrammeProvider.class)));
  }

  /**
   * The programmes of the given providers.
   *
   * @param providers the providers, not null
   * @return the catalogue, or {@code DUPLICATE_VALUE} for each identifier given twice
   * @throws NullPointerException if providers is null (a programmer error)
   */
  public static Validation<Seq<Reason>, ProgrammeCatalogue> of(
      Iterable<? extends ProgrammeProvider> providers) {
    requireNonNull(providers, "providers");
    Seq<Programme> all = List.ofAll(providers).flatMap(ProgrammeProvider::programmes);
    Seq<Reason> duplicates = all.groupBy(Programme::id).filter(e -> e._2.size() > 1).keySet()
        .toList().sorted().map(id -> new FieldReason.Duplicate("programme", id));
    return duplicates.isEmpty()
        ? Validation.valid(new ProgrammeCatalogue(
            LinkedHashMap.ofEntries(all.map(p -> Tuple.of(p.id(), p)))))
        : Validation.invalid(duplicates);
  }

  /**
   * A programme by its identifier.
   *
   * @param id the identifier, not null
   * @return the programme, or none
   * @throws NullPointerException if id is null (a programmer error)
   */
  public Option<Programme> programme(String id) {
    return programmes.get(requireNonNull(id, "id"));
  }

  /**
   * The identifiers of every programme, in the order found.
   *
   * @return the identifiers, never null
   */
  public Seq<String> ids() {
    return programmes.keySet().toList();
  }

  /**
   * Every programme, in the order found.
   *
   * @return the programmes, never null
   */
  public Seq<Programme> programmes() {
    return programmes.values().toList();
  }

  /** The identifiers. */
  @Override
  public String toString() {
    return "ProgrammeCatalogue" + ids().mkString("[", ", ", "]");
  }
}
