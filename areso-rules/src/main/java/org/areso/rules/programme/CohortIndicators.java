package org.areso.rules.programme;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The key indicators of a cohort programme's experiment (indicateurs clés), computed from what
 * the host recorded rather than declared: the launch of the call for applications (lancement de
 * l'appel à candidatures), the applications it received and selected, the associations
 * accompanied (associations volontaires accompagnées), and the closing of the experiment with its
 * assessments (clôture de l'expérimentation et bilan). Built by {@link
 * AuraDialogueQvt#indicators}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param call the reference of the call the cohort was formed from, not null
 * @param callLaunched the day the call was launched, not null
 * @param applicationsReceived the applications the call received, whatever became of them
 * @param applicationsSelected the applications the call selected
 * @param accompanied the engagements of the call whose intervention started: the associations
 *     accompanied
 * @param closedWithAssessment the engagements of the call closed with their assessment (bilan)
 * @param experimentClosed whether the experiment is closed: at least one association was
 *     accompanied and every engagement of the call has ended (closed, or withdrawn or declined)
 */
public record CohortIndicators(String call, LocalDate callLaunched, int applicationsReceived,
    int applicationsSelected, int accompanied, int closedWithAssessment,
    boolean experimentClosed) {

  /** Creates the indicators. @throws NullPointerException if call or callLaunched is null */
  public CohortIndicators {
    requireNonNull(call, "call");
    requireNonNull(callLaunched, "callLaunched");
  }
}
