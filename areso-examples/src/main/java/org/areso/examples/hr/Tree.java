package org.areso.examples.hr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a payload: a JSON subset with only strings, arrays and objects. Numbers,
 * dates and enumerations are written as strings, so that nothing is lost to a floating-point
 * reading. Control characters and every surrogate are escaped as {@code \\uXXXX}, so a payload
 * round-trips through any database that keeps plain text.
 */
sealed interface Tree {

  /** A string leaf. */
  record Str(String value) implements Tree { }

  /** An ordered array. */
  record Arr(List<Tree> items) implements Tree {
    public Arr {
      items = Collections.unmodifiableList(new ArrayList<>(items));
    }
  }

  /** An object whose keys keep their order. */
  record Obj(Map<String, Tree> fields) implements Tree {
    public Obj {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  /** Thrown inside the codec when a payload cannot be read; never leaves the package. */
  final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String detail;

    Unreadable(String detail) {
      super(detail, null, false, false);
      this.detail = detail;
    }
  }

  /**
   * Writes a tree.
   *
   * @param tree the tree
   * @return its text
   */
  static String write(Tree tree) {
    StringBuilder out = new StringBuilder(256);
    write(tree, out);
    return out.toString();
  }

  private static void write(Tree tree, StringBuilder out) {
    if (tree instanceof Str s) {
      quote(s.value(), out);
    } else if (tree instanceof Arr a) {
      out.append('[');
      for (int i = 0; i < a.items().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(a.items().get(i), out);
      }
      out.append(']');
    } else {
      Obj o = (Obj) tree;
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Tree> field : o.fields().entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(field.getKey(), out);
        out.append(':');
        write(field.getValue(), out);
      }
      out.append('}');
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || Character.isISOControl(c) || Character.isSurrogate(c)
              || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * Reads a tree.
   *
   * @param text the text
   * @return the tree
   * @throws Unreadable if the text is not a tree of this subset
   */
  static Tree read(String text) {
    Reader reader = new Reader(text);
    Tree tree = reader.value(0);
    reader.skipSpace();
    if (reader.at != text.length()) {
      throw new Unreadable("TRAILING_TEXT");
    }
    return tree;
  }

  /** A recursive-descent reader of the subset. */
  final class Reader {
    private static final int MAX_DEPTH = 64;
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    void skipSpace() {
      while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\n'
          || text.charAt(at) == '\r' || text.charAt(at) == '\t')) {
        at++;
      }
    }

    private char next() {
      if (at >= text.length()) {
        throw new Unreadable("UNEXPECTED_END");
      }
      return text.charAt(at++);
    }

    private void expect(char c) {
      skipSpace();
      if (next() != c) {
        throw new Unreadable("EXPECTED_" + (int) c);
      }
    }

    Tree value(int depth) {
      if (depth > MAX_DEPTH) {
        throw new Unreadable("TOO_DEEP");
      }
      skipSpace();
      char c = next();
      if (c == '"') {
        return new Str(string());
      }
      if (c == '[') {
        List<Tree> items = new ArrayList<>();
        skipSpace();
        if (at < text.length() && text.charAt(at) == ']') {
          at++;
          return new Arr(items);
        }
        do {
          items.add(value(depth + 1));
          skipSpace();
          c = next();
        } while (c == ',');
        if (c != ']') {
          throw new Unreadable("EXPECTED_ARRAY_END");
        }
        return new Arr(items);
      }
      if (c == '{') {
        Map<String, Tree> fields = new LinkedHashMap<>();
        skipSpace();
        if (at < text.length() && text.charAt(at) == '}') {
          at++;
          return new Obj(fields);
        }
        do {
          expect('"');
          String key = string();
          expect(':');
          if (fields.put(key, value(depth + 1)) != null) {
            throw new Unreadable("DUPLICATE_KEY");
          }
          skipSpace();
          c = next();
        } while (c == ',');
        if (c != '}') {
          throw new Unreadable("EXPECTED_OBJECT_END");
        }
        return new Obj(fields);
      }
      throw new Unreadable("UNEXPECTED_CHARACTER");
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          if (c < 0x20) {
            throw new Unreadable("RAW_CONTROL_CHARACTER");
          }
          out.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"' -> out.append('"');
          case '\\' -> out.append('\\');
          case '/' -> out.append('/');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw new Unreadable("UNEXPECTED_END");
            }
            int code = 0;
            for (int i = 0; i < 4; i++) {
              int digit = Character.digit(text.charAt(at++), 16);
              if (digit < 0) {
                throw new Unreadable("BAD_ESCAPE");
              }
              code = code * 16 + digit;
            }
            out.append((char) code);
          }
          default -> throw new Unreadable("BAD_ESCAPE");
        }
      }
    }
  }
}
