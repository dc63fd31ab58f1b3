package org.areso.benchmarks;

import io.vavr.collection.HashSet;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;

/**
 * A fixed set of generated requests (a structure and, perhaps, the day it asked), the same for every
 * run: a fixed seed draws each fact known-and-favourable, known-and-unfavourable or unknown, so the
 * set mixes eligible, not eligible and undetermined requests. Immutable once built.
 */
public final class Requests {

  /** The seed of every run. */
  public static final long SEED = 20_231_001L;

  /** The structures. */
  public final Structure[] structures;
  /** The day each asked, or null when unknown (the benchmarks' own arrays, not an API). */
  public final LocalDate[] days;

  private Requests(Structure[] structures, LocalDate[] days) {
    this.structures = structures;
    this.days = days;
  }

  /**
   * Generates {@code n} requests from {@link #SEED}.
   *
   * @param n how many
   * @return the requests, never null
   */
  public static Requests generate(int n) {
    SplittableRandom random = new SplittableRandom(SEED);
    Structure[] structures = new Structure[n];
    LocalDate[] days = new LocalDate[n];
    FinessCategory chrs = FinessCategory.parse("214").get();
    FinessCategory hospital = FinessCategory.parse("101").get();
    for (int i = 0; i < n; i++) {
      StructureBuilder b = Structure.builder().name("Structure " + i);
      int casf = random.nextInt(10);
      if (casf < 6) {
        b.casfItems(HashSet.of(CasfItem.values()[random.nextInt(CasfItem.values().length)]));
      } else if (casf < 8) {
        b.casfItems(HashSet.empty());
      }
      int finess = random.nextInt(10);
      if (finess < 3) {
        b.finessCategory(chrs);
      } else if (finess < 5) {
        b.finessCategory(hospital);
      }
      int funding = random.nextInt(10);
      if (funding < 6) {
        b.fundingSources(HashSet.of(FundingSource.stateBudgetProgramme(177),
            FundingSource.of(FundingSource.Kind.HEALTH_INSURANCE)));
      } else if (funding < 8) {
        b.fundingSources(HashSet.of(FundingSource.of(FundingSource.Kind.HEALTH_INSURANCE)));
      }
      structures[i] = b.build().get();
      int day = random.nextInt(10);
      days[i] = day < 7 ? LocalDate.of(2023, 7, 1).plusDays(random.nextInt(305))
          : day < 9 ? LocalDate.of(2024, 5, 1).plusDays(random.nextInt(200)) : null;
    }
    return new Requests(structures, days);
  }
}
