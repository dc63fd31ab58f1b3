package org.areso.benchmarks;

import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.Structure;
import org.areso.rules.FinessCategories;
import org.areso.rules.Funders;
import org.areso.rules.eligibility.AresoSocial2023Policy;

/**
 * The {@code areso-social-2023} policy written by hand as an {@code if} chain over the same
 * objects: the physical limit. Same three-valued logic as the policy (a known "no" decides, an
 * unknown fact leaves the request undetermined). Thread-safe.
 */
public final class HandWrittenEligibility {

  private static final java.util.Set<FundingSource> STATE_PROGRAMMES = new java.util.HashSet<>(
      Funders.stateBudgetProgrammes().map(Funders.Entry::source).toJavaList());
  private static final LocalDate OPENS = AresoSocial2023Policy.requestWindow().start();
  private static final LocalDate CLOSES = AresoSocial2023Policy.requestWindow().end();

  private static final int NO = 0;
  private static final int UNKNOWN = 1;
  private static final int YES = 2;

  private HandWrittenEligibility() { }

  /**
   * The verdict on a request.
   *
   * @param structure the structure, not null
   * @param day the day it asked, or null when unknown
   * @return the verdict, never null
   */
  public static Verdict verdict(Structure structure, LocalDate day) {
    int social;
    Option<Set<CasfItem>> items = structure.casfItems();
    if (items.isDefined() && !items.get().isEmpty()) {
      social = YES;
    } else {
      Option<FinessCategory> category = structure.finessCategory();
      int byCategory = category.isEmpty() ? UNKNOWN
          : FinessCategories.find(category.get()).exists(FinessCategories.Entry::isSocialOrMedicoSocial)
              ? YES : NO;
      social = items.isDefined() ? byCategory : Math.max(UNKNOWN, byCategory);
    }
    if (social == NO) {
      return Verdict.NOT_ELIGIBLE;
    }
    int funded;
    Option<Set<FundingSource>> sources = structure.fundingSources();
    if (sources.isEmpty()) {
      funded = UNKNOWN;
    } else {
      funded = NO;
      for (FundingSource source : sources.get()) {
        if (STATE_PROGRAMMES.contains(source)) {
          funded = YES;
          break;
        }
      }
      if (funded == NO) {
        return Verdict.NOT_ELIGIBLE;
      }
    }
    int open;
    if (day == null) {
      open = UNKNOWN;
    } else if (day.isBefore(OPENS) || day.isAfter(CLOSES)) {
      return Verdict.NOT_ELIGIBLE;
    } else {
      open = YES;
    }
    return social == YES && funded == YES && open == YES ? Verdict.ELIGIBLE
        : Verdict.UNDETERMINED;
  }
}
