package org.areso.rules.eligibility;

import io.vavr.collection.Seq;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.DatedParameter;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.DateWindow;
import org.areso.rules.Funders;

/**
 * Who may ask for {@code areso-social-2023} (Areso for the social sector, seed 001): a social or
 * medico-social establishment or service of CASF article L.312-1 I — given by its items, or
 * following from its FINESS category — funded by a State budget programme (those of {@link
 * Funders#stateBudgetProgrammes()} are the ones known to fund such structures; another one counts
 * too), asking between 1 July 2023 and 30 April 2024 inclusive.
 *
 * <p>A FINESS category never says who funds a structure: the funding always comes from the
 * structure's own data. A structure known to fall under no item <em>and</em> to have no FINESS
 * category ({@code none} in both) is not a social establishment, so not eligible whatever its
 * funding; with only one of the two known to be none, the other is asked for.
 *
 * <p>The rules, and the dated parameter of the opening, are written in the policy file
 * {@code org/areso/rules/policies/areso-social-2023.yaml}, their single source, read once when
 * this class is initialised. Immutable and thread-safe.
 */
public final class AresoSocial2023Policy {

  /** The policy's identifier. */
  public static final String ID = "areso-social-2023";

  /** The rule of the file that reads the opening. */
  private static final String REQUESTED_WHILE_OPEN = "requestedWhileOpen";

  private static final Policy POLICY = PolicyFiles.read(ID);

  private static final DatedParameter<Boolean> OPEN_TO_REQUESTS = openingOf(POLICY);

  private static final DateWindow REQUEST_WINDOW = windowOf(OPEN_TO_REQUESTS);

  private AresoSocial2023Policy() {}

  /**
   * The policy of {@code areso-social-2023}.
   *
   * @return the policy read from its file, the same at every call, never null
   */
  public static Policy policy() {
    return POLICY;
  }

  /**
   * The days requests are received: 2023-07-01 to 2024-04-30, both included, as the file's
   * parameter {@code areso_social_2023_open} says.
   *
   * @return the window, never null
   */
  public static DateWindow requestWindow() {
    return REQUEST_WINDOW;
  }

  /**
   * Whether the scheme receives requests on a day, with the text that says so: the parameter the
   * file's rule {@code requestedWhileOpen} reads.
   *
   * @return the parameter, never null
   */
  public static DatedParameter<Boolean> openToRequests() {
    return OPEN_TO_REQUESTS;
  }

  /** The yes/no parameter the rule of the opening reads; its absence is a defect of the file. */
  @SuppressWarnings("unchecked")
  private static DatedParameter<Boolean> openingOf(Policy policy) {
    DatedParameter<?> parameter = policy.allRules()
        .find(rule -> rule.name().equals(REQUESTED_WHILE_OPEN))
        .filter(Condition.class::isInstance).map(Condition.class::cast)
        .flatMap(Condition::parameter)
        .filter(p -> p.periods().forAll(period -> period.value() instanceof Boolean))
        .getOrElseThrow(() -> new IllegalStateException("the policy file of " + ID
            + " has no rule " + REQUESTED_WHILE_OPEN + " over a yes/no parameter"));
    return (DatedParameter<Boolean>) parameter;
  }

  /** The one window of the parameter's periods that says yes. */
  private static DateWindow windowOf(DatedParameter<Boolean> open) {
    Seq<DateWindow> windows = open.periods().filter(DatedParameter.Period::value)
        .map(DatedParameter.Period::window);
    if (windows.size() != 1) {
      throw new IllegalStateException("the policy file of " + ID
          + " opens requests in one window, not " + windows.size());
    }
    return windows.head();
  }
}
