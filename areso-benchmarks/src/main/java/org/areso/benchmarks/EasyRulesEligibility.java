package org.areso.benchmarks;

import java.time.LocalDate;
import java.util.Set;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.Structure;
import org.areso.rules.FinessCategories;
import org.areso.rules.Funders;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The {@code areso-social-2023} policy for Easy Rules 4.1, as its users write it: the request's
 * facts put by name in a {@link Facts} map, one rule per outcome of each condition (failed or
 * unknown), each action noting it in a result the caller reads after {@code fire}. Thread-safe:
 * the rules and the engine are shared, the facts and the result are per request.
 */
public final class EasyRulesEligibility {

  /** What the rules found for one request. */
  public static final class Outcome {
    boolean failed;
    boolean unknown;

    /** The verdict: a failed condition decides, then an unknown fact. */
    Verdict verdict() {
      return failed ? Verdict.NOT_ELIGIBLE : unknown ? Verdict.UNDETERMINED : Verdict.ELIGIBLE;
    }
  }

  private static final java.util.Set<FundingSource> STATE_PROGRAMMES = new java.util.HashSet<>(
      Funders.stateBudgetProgrammes().map(Funders.Entry::source).toJavaList());
  private static final LocalDate OPENS = AresoSocial2023Policy.requestWindow().start();
  private static final LocalDate CLOSES = AresoSocial2023Policy.requestWindow().end();

  private static final RulesEngine ENGINE = new DefaultRulesEngine();
  private static final Rules RULES = new Rules(
      rule("socialEstablishmentFailed", 1, f -> social(f) == 0, o -> o.failed = true),
      rule("socialEstablishmentUnknown", 2, f -> social(f) == 1, o -> o.unknown = true),
      rule("fundedByStateBudgetProgrammeFailed", 3,
          f -> f.get("fundingSources") != null && !funded(f), o -> o.failed = true),
      rule("fundedByStateBudgetProgrammeUnknown", 4,
          f -> f.get("fundingSources") == null, o -> o.unknown = true),
      rule("requestedWhileOpenFailed", 5, f -> {
        LocalDate day = f.get("requestDate");
        return day != null && (day.isBefore(OPENS) || day.isAfter(CLOSES));
      }, o -> o.failed = true),
      rule("requestedWhileOpenUnknown", 6, f -> f.get("requestDate") == null,
          o -> o.unknown = true));

  private EasyRulesEligibility() { }

  private static Rule rule(String name, int priority,
      org.jeasy.rules.api.Condition condition, java.util.function.Consumer<Outcome> note) {
    return new RuleBuilder().name(name).priority(priority).when(condition)
        .then(facts -> note.accept(facts.get("outcome"))).build();
  }

  /** 2 yes, 1 unknown, 0 no: items given, or a social FINESS category. */
  private static int social(Facts facts) {
    Set<CasfItem> items = facts.get("casfItems");
    if (items != null && !items.isEmpty()) {
      return 2;
    }
    FinessCategory category = facts.get("finessCategory");
    int byCategory = category == null ? 1
        : FinessCategories.find(category).exists(FinessCategories.Entry::isSocialOrMedicoSocial)
            ? 2 : 0;
    return items != null ? byCategory : Math.max(1, byCategory);
  }

  private static boolean funded(Facts facts) {
    Set<FundingSource> sources = facts.get("fundingSources");
    for (FundingSource source : sources) {
      if (STATE_PROGRAMMES.contains(source)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verdict on a request: builds its facts, fires the rules, reads the outcome.
   *
   * @param structure the structure, not null
   * @param day the day it asked, or null when unknown
   * @return the verdict, never null
   */
  public static Verdict verdict(Structure structure, LocalDate day) {
    Facts facts = new Facts();
    structure.casfItems().forEach(items -> facts.put("casfItems", items.toJavaSet()));
    structure.finessCategory().forEach(category -> facts.put("finessCategory", category));
    structure.fundingSources().forEach(sources -> facts.put("fundingSources", sources.toJavaSet()));
    if (day != null) {
      facts.put("requestDate", day);
    }
    Outcome outcome = new Outcome();
    facts.put("outcome", outcome);
    ENGINE.fire(RULES, facts);
    return outcome.verdict();
  }
}
