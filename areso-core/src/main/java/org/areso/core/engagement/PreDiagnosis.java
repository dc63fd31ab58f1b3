package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Set;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.PartyRole;
import org.areso.core.programme.FormatId;

/**
 * What the first meeting (prédiagnostic) found. Immutable and thread-safe.
 *
 * @param origin the party the request comes from, not null
 * @param context why the engagement is asked for, not null
 * @param signs the signs of tension seen, possibly none, not null
 * @param proposedFormat the format proposed, not null
 */
public record PreDiagnosis(
    PartyRole origin, InterventionContext context, Set<SignOfTension> signs,
    FormatId proposedFormat) {

  /** Creates a pre-diagnosis. @throws NullPointerException if an argument is null */
  public PreDiagnosis {
    requireNonNull(origin, "origin");
    requireNonNull(context, "context");
    requireNonNull(signs, "signs");
    requireNonNull(proposedFormat, "proposedFormat");
  }
}
