package org.areso.rules.text;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * A node of a policy file as YAML writes it, with where it starts: a text, a mapping of text keys
 * or a list. Built from the parser's events by {@link Tree}, never from a YAML constructor.
 */
sealed interface Node {

  /** The 1-based line the node starts on. */
  int line();

  /** The 1-based column the node starts at. */
  int column();

  /** A text; every scalar is a text, interpreted by the reader and never by YAML. */
  record Scalar(String value, int line, int column) implements Node {}

  /** A key and its value. */
  record Entry(Scalar key, Node value) {}

  /** A mapping, its entries in the file's order. */
  record Mapping(Seq<Entry> entries, int line, int column) implements Node {
    /** The value of a key, the first when repeated (a repeated key is reported apart). */
    Option<Node> get(String key) {
      return entries.find(e -> e.key().value().equals(key)).map(Entry::value);
    }
  }

  /** A list. */
  record Sequence(Seq<Node> items, int line, int column) implements Node {}

  /** What the node is, for an error: {@code text}, {@code mapping} or {@code list}. */
  default String shape() {
    return this instanceof Scalar ? "text" : this instanceof Mapping ? "mapping" : "list";
  }
}
