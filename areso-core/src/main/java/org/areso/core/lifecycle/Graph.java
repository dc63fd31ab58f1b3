package org.areso.core.lifecycle;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/** A lifecycle seen as a graph of stages: its shortest ways, covering paths and drawing. */
final class Graph {

  private Graph() { }

  /**
   * From a stage, the shortest way to each command it does not accept but a later stage does: a
   * breadth-first walk over the transitions that change stage, the first way found kept.
   */
  static Map<Class<?>, Seq<Rule>> ways(Enum<?> from, Seq<Rule> rules,
      Set<Class<? extends LifecycleCommand>>[] acceptedTypes) {
    Map<Class<?>, Seq<Rule>> found = new IdentityHashMap<>();
    Map<Enum<?>, Seq<Rule>> reached = new IdentityHashMap<>();
    reached.put(from, List.empty());
    ArrayDeque<Enum<?>> queue = new ArrayDeque<>();
    queue.add(from);
    while (!queue.isEmpty()) {
      Enum<?> stage = queue.poll();
      Seq<Rule> way = reached.get(stage);
      for (Class<? extends LifecycleCommand> command : acceptedTypes[stage.ordinal()]) {
        if (!acceptedTypes[from.ordinal()].contains(command) && !found.containsKey(command)) {
          found.put(command, way);
        }
      }
      for (Rule rule : rules) {
        if (rule.from == stage && rule.to != stage && !reached.containsKey(rule.to)) {
          reached.put(rule.to, way.append(rule));
          queue.add(rule.to);
        }
      }
    }
    return found;
  }

  /**
   * Paths from the start that together take every transition: a shortest way to each
   * transition's source stage followed by it, none a prefix of another.
   */
  static <S extends Enum<S>> Seq<Seq<Transition<S>>> coveringPaths(Rule start, Seq<Rule> rules,
      int stages, Function<Rule, Transition<S>> listed) {
    @SuppressWarnings("unchecked")
    Seq<Transition<S>>[] shortest = new Seq[stages];
    shortest[start.to.ordinal()] = List.of(listed.apply(start));
    ArrayDeque<Enum<?>> queue = new ArrayDeque<>();
    queue.add(start.to);
    while (!queue.isEmpty()) {
      Enum<?> stage = queue.poll();
      for (Rule rule : rules) {
        if (rule.from == stage && shortest[rule.to.ordinal()] == null) {
          shortest[rule.to.ordinal()] = shortest[stage.ordinal()].append(listed.apply(rule));
          queue.add(rule.to);
        }
      }
    }
    Seq<Seq<Transition<S>>> paths = List.of(List.of(listed.apply(start)));
    for (Rule rule : rules) {
      paths = paths.append(shortest[rule.from.ordinal()].append(listed.apply(rule)));
    }
    Seq<Seq<Transition<S>>> distinct = paths.distinct();
    return distinct.filter(path -> distinct.forAll(
        other -> other.equals(path) || !other.startsWith(path)));
  }

  /** A Mermaid {@code stateDiagram-v2}, the transitions a history took highlighted. */
  static <S extends Enum<S>> String mermaid(Seq<Transition<S>> all, S[] stages, Set<S> terminal,
      Seq<Transition<S>> taken) {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    for (Transition<S> transition : all) {
      out.append("    ")
          .append(transition.from().map(Enum::name).getOrElse("[*]"))
          .append(" --> ")
          .append(transition.to().name())
          .append(" : ")
          .append(transition.name());
      if (!transition.guards().isEmpty()) {
        out.append(" [").append(transition.guards().mkString(", ")).append(']');
      }
      Seq<Integer> steps = taken.zipWithIndex()
          .filter(t -> t._1.equals(transition)).map(t -> t._2 + 1);
      if (!steps.isEmpty()) {
        out.append(" (step ").append(steps.mkString(", ")).append(')');
      }
      out.append('\n');
    }
    for (S stage : stages) {
      if (terminal.contains(stage)) {
        out.append("    ").append(stage.name()).append(" --> [*]\n");
      }
    }
    if (!taken.isEmpty()) {
      S current = taken.last().to();
      Seq<String> visited = taken.map(t -> t.to()).filter(s -> s != current).map(Enum::name)
          .distinct();
      out.append("    classDef visited fill:#e8f5e9,stroke:#2e7d32\n");
      out.append("    classDef current fill:#a5d6a7,stroke:#1b5e20,stroke-width:3px\n");
      if (!visited.isEmpty()) {
        out.append("    class ").append(visited.mkString(",")).append(" visited\n");
      }
      out.append("    class ").append(current.name()).append(" current\n");
    }
    return out.toString();
  }
}
