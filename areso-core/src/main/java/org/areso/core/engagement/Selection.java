package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

/**
 * The selection (sélection) an engagement answers, in a programme whose applicants are selected
 * by a {@link CallForApplications}: the application the call selected, by its reference and the
 * call's. Immutable and thread-safe.
 *
 * @param application the host's reference of the selected application, not null
 * @param call the reference of the call it answered, not null
 */
public record Selection(String application, String call) {

  /** Creates a selection. @throws NullPointerException if an argument is null */
  public Selection {
    requireNonNull(application, "application");
    requireNonNull(call, "call");
  }

  /**
   * The selection of an application.
   *
   * @param application the application, whatever its stage, not null
   * @return its reference and its call's, never null
   * @throws NullPointerException if application is null (a programmer error)
   */
  public static Selection of(CohortApplication application) {
    return new Selection(requireNonNull(application, "application").subject(),
        application.call().reference());
  }
}
