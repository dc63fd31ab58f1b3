package org.areso.json;

import io.vavr.collection.Array;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.areso.core.engagement.EngagementCommand;

/** The command types areso-json writes and reads, by their stable names, with their versions. */
final class CommandTypes {

  /** Every command type's schema version that this version of areso-json writes and reads. */
  static final int CURRENT = 1;

  /** The records of {@link EngagementCommand} by their stable names, in declaration order. */
  private static final Map<String, Class<? extends EngagementCommand>> BY_NAME =
      LinkedHashMap.ofEntries(Array.of(EngagementCommand.class.getPermittedSubclasses())
          .map(type -> io.vavr.Tuple.of(type.getSimpleName(),
              type.asSubclass(EngagementCommand.class))));

  private CommandTypes() { }

  static Seq<String> names() {
    return BY_NAME.keySet().toList();
  }

  static Seq<Class<? extends EngagementCommand>> classes() {
    return BY_NAME.values().toList();
  }

  static boolean isKnown(String name) {
    return BY_NAME.containsKey(name);
  }

  static String name(EngagementCommand command) {
    return command.getClass().getSimpleName();
  }
}
