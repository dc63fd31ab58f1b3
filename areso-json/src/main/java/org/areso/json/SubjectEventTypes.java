package org.areso.json;

import io.vavr.Tuple;
import io.vavr.collection.Array;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.SupportCase;
import org.areso.core.lifecycle.LifecycleEvent;

/**
 * The event types of a small lifecycle that areso-json writes and reads, by their stable names:
 * the lifecycle's name, a dot and the event record's simple name, such as
 * {@code SupportCase.Referred} or {@code CohortApplication.Withdrawn}, so that no name is an
 * engagement event's, a command's or another lifecycle's.
 *
 * @param <E> the lifecycle's event type
 */
final class SubjectEventTypes<E extends LifecycleEvent<String>> {

  /** Every type's schema version that this version of areso-json writes and reads. */
  static final int CURRENT = 1;

  /** The events of a support case. */
  static final SubjectEventTypes<SupportCase.Event> SUPPORT_CASE =
      new SubjectEventTypes<>("SupportCase", SupportCase.Event.class);

  /** The events of an application to a call. */
  static final SubjectEventTypes<CohortApplication.Event> COHORT_APPLICATION =
      new SubjectEventTypes<>("CohortApplication", CohortApplication.Event.class);

  private final String lifecycle;
  private final Map<String, Class<? extends E>> byName;

  private SubjectEventTypes(String lifecycle, Class<E> events) {
    this.lifecycle = lifecycle;
    this.byName = LinkedHashMap.ofEntries(Array.of(events.getPermittedSubclasses())
        .map(type -> Tuple.of(lifecycle + "." + type.getSimpleName(), type.asSubclass(events))));
  }

  /** Whether a name is one of either lifecycle's event types. */
  static boolean isAnyKnown(String name) {
    return SUPPORT_CASE.isKnown(name) || COHORT_APPLICATION.isKnown(name);
  }

  /** The types' names, in declaration order. */
  Seq<String> names() {
    return byName.keySet().toList();
  }

  /** The event records, in declaration order. */
  Seq<Class<? extends E>> classes() {
    return byName.values().toList();
  }

  boolean isKnown(String name) {
    return byName.containsKey(name);
  }

  String name(E event) {
    return lifecycle + "." + event.getClass().getSimpleName();
  }
}
