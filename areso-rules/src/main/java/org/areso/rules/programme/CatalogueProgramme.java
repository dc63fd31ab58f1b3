package org.areso.rules.programme;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Period;
import org.areso.core.eligibility.Policy;
import org.areso.core.engagement.Workflow;
import org.areso.core.ethics.Charter;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.Text;
import org.areso.core.planning.Format;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Outcome;
import org.areso.core.programme.Programme;

/** One programme of the catalogue, as its terms say; equal when its terms are equal. */
record CatalogueProgramme(
    String id,
    Text name,
    Policy policy,
    Set<FormatId> formats,
    Seq<Format> durations,
    Set<InterventionContext> contexts,
    Charter charter,
    Workflow workflow,
    Option<DateWindow> window,
    Period followUpDelay) implements Programme {

  CatalogueProgramme {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(policy, "policy");
    requireNonNull(formats, "formats");
    requireNonNull(durations, "durations");
    requireNonNull(contexts, "contexts");
    requireNonNull(charter, "charter");
    requireNonNull(workflow, "workflow");
    requireNonNull(window, "window");
    requireNonNull(followUpDelay, "followUpDelay");
  }

  /** The outcomes the programme's own text lists (see {@link Outcomes}). */
  @Override
  public Seq<Outcome> outcomes() {
    return Outcomes.of(id);
  }

  /** The identifier and the name; the terms are read through the accessors. */
  @Override
  public String toString() {
    return "Programme[" + id + ", " + name.en() + "]";
  }
}
