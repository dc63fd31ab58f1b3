package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.vavr.Function3;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.BiFunction;

/** One transition of a lifecycle as defined, with its functions, erased. */
final class Rule {
  final String name;
  final Enum<?> from;
  final Enum<?> to;
  final Class<?> command;
  final Class<?> event;
  final Guard<Object, Object>[] guards;
  /** The guards that read the next state, when they are all after the others; else null. */
  final Guard.Foreseeing<Object, Object>[] foreseeing;
  /** How many guards come before the foreseeing ones. */
  final int plain;
  final Emitter<Object, Object, Object> emit;
  final BiFunction<Object, Object, Object> create;
  final Function3<Object, Object, Object, Object> apply;
  final Transition<?> listed;

  @SuppressWarnings("unchecked")
  Rule(String name, Enum<?> from, Enum<?> to, Class<?> command, Class<?> event,
      Guard<?, ?>[] guards, Emitter<?, ?, ?> emit, BiFunction<?, ?, ?> create,
      Function3<?, ?, ?, ?> apply) {
    this.name = requireNonNull(name, "name");
    this.from = from;
    this.to = requireNonNull(to, "to");
    this.command = requireNonNull(command, "command");
    this.event = requireNonNull(event, "event");
    this.guards = new Guard[guards.length];
    for (int i = 0; i < guards.length; i++) {
      this.guards[i] = (Guard<Object, Object>) requireNonNull(guards[i], "guard");
    }
    int first = this.guards.length;
    while (first > 0 && this.guards[first - 1].check() instanceof Guard.Foreseeing) {
      first--;
    }
    this.plain = first;
    this.foreseeing = first == this.guards.length ? null : new Guard.Foreseeing[
        this.guards.length - first];
    for (int i = first; i < this.guards.length; i++) {
      this.foreseeing[i - first] = (Guard.Foreseeing<Object, Object>) this.guards[i].check();
    }
    this.emit = (Emitter<Object, Object, Object>) requireNonNull(emit, "emit");
    this.create = (BiFunction<Object, Object, Object>) create;
    this.apply = (Function3<Object, Object, Object, Object>) apply;
    this.listed = from == null ? startListing() : null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Transition<?> startListing() {
    return new Transition(name, Option.none(), to, command, event, guardNames());
  }

  Seq<String> guardNames() {
    return Array.of(guards).map(Guard::name);
  }

  @SuppressWarnings("unchecked")
  <T> T to() {
    return (T) to;
  }

  Seq<Unmet> check(Object state, Object command) {
    return check(state, command, guards.length);
  }

  /** The unmet preconditions the first {@code count} guards find, in their order. */
  Seq<Unmet> check(Object state, Object command, int count) {
    Seq<Unmet> unmet = List.empty();
    for (int i = 0; i < count; i++) {
      Guard<Object, Object> guard = guards[i];
      Seq<Unmet> found = guard.check().apply(state, command);
      if (!found.isEmpty()) {
        unmet = unmet.appendAll(found.map(u -> u.foundBy(guard.name())));
      }
    }
    return unmet;
  }

  /**
   * What the foreseeing guards find from the state the command leads to, once the others passed:
   * the same as {@link #check(Object, Object)} would then find.
   */
  Seq<Unmet> checkNext(Object state, Object command, Object next) {
    Seq<Unmet> unmet = List.empty();
    for (int i = 0; i < foreseeing.length; i++) {
      Seq<Unmet> found = foreseeing[i].checkNext.apply(state, command, next);
      if (!found.isEmpty()) {
        String name = guards[plain + i].name();
        unmet = unmet.appendAll(found.map(u -> u.foundBy(name)));
      }
    }
    return unmet;
  }
}
