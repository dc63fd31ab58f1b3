package org.areso.json;

import io.vavr.collection.Array;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.areso.core.engagement.EngagementEvent;

/** The event types areso-json writes and reads, by their stable names, with their schema versions. */
final class EventTypes {

  /** Every type's schema version that this version of areso-json writes and reads. */
  static final int CURRENT = 1;

  /** The records of {@link EngagementEvent} by their stable names, in declaration order. */
  private static final Map<String, Class<? extends EngagementEvent>> BY_NAME = LinkedHashMap.ofEntries(
      Array.of(EngagementEvent.class.getPermittedSubclasses())
          .map(type -> io.vavr.Tuple.of(type.getSimpleName(), type.asSubclass(EngagementEvent.class))));

  private EventTypes() { }

  static Seq<String> names() {
    return BY_NAME.keySet().toList();
  }

  static Seq<Class<? extends EngagementEvent>> classes() {
    return BY_NAME.values().toList();
  }

  static boolean isKnown(String name) {
    return BY_NAME.containsKey(name);
  }

  static String name(EngagementEvent event) {
    return event.getClass().getSimpleName();
  }
}
