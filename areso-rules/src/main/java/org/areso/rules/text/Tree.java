package org.areso.rules.text;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Optional;
import org.areso.rules.text.PolicyMessages.Wording;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a policy file's YAML into {@link Node}s from the parser's events, with an explicit stack:
 * no YAML constructor runs, no tag is honoured, no alias is expanded, the nesting and the number of
 * nodes are bounded, and a text over {@link PolicyText#MAX_CHARS} is refused before it is parsed.
 * Time and memory are therefore linear in the text's length.
 */
final class Tree {

  private Tree() {}

  /** Frames of the collections being read. */
  private static final class Frame {
    final boolean mapping;
    final int line;
    final int column;
    final ArrayList<Node> items = new ArrayList<>();
    final ArrayList<Node.Entry> entries = new ArrayList<>();
    Node.Scalar key;

    Frame(boolean mapping, int line, int column) {
      this.mapping = mapping;
      this.line = line;
      this.column = column;
    }

    Node close() {
      return mapping ? new Node.Mapping(List.ofAll(entries), line, column)
          : new Node.Sequence(List.ofAll(items), line, column);
    }
  }

  static Either<Seq<PolicyTextError>, Node> read(String text) {
    if (text.length() > PolicyText.MAX_CHARS) {
      return Either.left(List.of(new PolicyTextError(1, 1,
          Wording.TOO_LARGE.with(text.length(), PolicyText.MAX_CHARS))));
    }
    LoadSettings settings = LoadSettings.builder()
        .setLabel("policy")
        .setCodePointLimit(PolicyText.MAX_CHARS + 1)
        .setMaxAliasesForCollections(0)
        .setAllowRecursiveKeys(false)
        .setParseComments(false)
        .setUseMarks(true)
        .build();
    List<PolicyTextError> errors = List.empty();
    Deque<Frame> stack = new ArrayDeque<>();
    Node root = null;
    int documents = 0;
    int nodes = 0;
    int[] at = {1, 1};
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
      while (parser.hasNext()) {
        Event event = parser.next();
        position(event.getStartMark(), at);
        Node.Scalar here = new Node.Scalar("", at[0], at[1]);
        switch (event.getEventId()) {
          case DocumentStart -> {
            documents++;
            if (documents > 1) {
              return Either.left(errors.append(PolicyTextError.at(here,
                  Wording.SYNTAX_DOCUMENTS.with())));
            }
          }
          case Alias -> {
            errors = errors.append(PolicyTextError.at(here, Wording.ALIAS.with()));
            root = add(stack, here, root);
          }
          case Scalar, SequenceStart, MappingStart -> {
            if (++nodes > PolicyText.MAX_NODES) {
              return Either.left(errors.append(PolicyTextError.at(here,
                  Wording.TOO_LARGE_NODES.with(PolicyText.MAX_NODES))));
            }
            errors = errors.appendAll(anchorOrTag((NodeEvent) event, here));
            if (event instanceof ScalarEvent scalar) {
              root = add(stack, new Node.Scalar(scalar.getValue(), at[0], at[1]), root);
            } else if (stack.size() >= PolicyText.MAX_DEPTH) {
              return Either.left(errors.append(PolicyTextError.at(here,
                  Wording.TOO_DEEP.with(PolicyText.MAX_DEPTH))));
            } else {
              stack.push(new Frame(event.getEventId() == Event.ID.MappingStart, at[0], at[1]));
            }
          }
          case SequenceEnd, MappingEnd -> root = add(stack, stack.pop().close(), root);
          default -> {
            // stream and document ends carry nothing
          }
        }
      }
    } catch (MarkedYamlEngineException e) {
      position(e.getProblemMark().or(e::getContextMark), at);
      return Either.left(errors.append(syntax(e.getProblem(),
          String.valueOf(e.getContext()), at)));
    } catch (YamlEngineException | IllegalArgumentException | IllegalStateException
        | java.util.NoSuchElementException e) {
      return Either.left(errors.append(syntax(String.valueOf(e.getMessage()), "", at)));
    }
    if (root == null) {
      errors = errors.append(new PolicyTextError(1, 1, Wording.EMPTY.with()));
    }
    return errors.isEmpty() ? Either.right(root) : Either.left(errors);
  }

  private static Seq<PolicyTextError> anchorOrTag(NodeEvent event, Node here) {
    List<PolicyTextError> errors = List.empty();
    if (event.getAnchor().isPresent()) {
      errors = errors.append(PolicyTextError.at(here, Wording.ALIAS_ANCHOR.with()));
    }
    Optional<String> tag = event instanceof ScalarEvent scalar ? scalar.getTag()
        : ((CollectionStartEvent) event).getTag();
    if (tag.isPresent()) {
      errors = errors.append(PolicyTextError.at(here, Wording.TAG.with(clip(tag.get()))));
    }
    return errors;
  }

  private static Node add(Deque<Frame> stack, Node node, Node root) {
    if (stack.isEmpty()) {
      return node;
    }
    Frame top = stack.peek();
    if (!top.mapping) {
      top.items.add(node);
    } else if (top.key == null) {
      top.key = node instanceof Node.Scalar scalar ? scalar
          : new Node.Scalar("\u0000" + node.shape(), node.line(), node.column());
    } else {
      top.entries.add(new Node.Entry(top.key, node));
      top.key = null;
    }
    return root;
  }

  /**
   * A syntax error in the format's own words, with a hint at what to write, for the errors a
   * person writing YAML by hand makes: a tab that indents, a line indented unlike the lines above,
   * a {@code key: value} or a list item where it cannot stand, a key without its colon, a
   * {@code {…}} or {@code […]} not closed or closing nothing, a quote never closed, a value that
   * begins with a character YAML reserves, an unknown escape in double quotes; any other in the
   * parser's (English) words, whole up to 200 characters.
   */
  private static PolicyTextError syntax(String problem, String context, int[] at) {
    return new PolicyTextError(at[0], at[1], worded(problem, context));
  }

  private static PolicyTextProblem worded(String problem, String context) {
    if (problem.contains("(TAB)")) {
      return Wording.SYNTAX_TAB.with();
    } else if (problem.startsWith("expected <block end>")) {
      return problem.endsWith("found '-'") ? Wording.SYNTAX_LIST.with()
          : problem.endsWith("found '}'") ? Wording.SYNTAX_CLOSING.with("}")
          : problem.endsWith("found ']'") ? Wording.SYNTAX_CLOSING.with("]")
          : Wording.SYNTAX_INDENT.with();
    } else if (problem.startsWith("mapping values are not allowed")) {
      return Wording.SYNTAX_COLON.with();
    } else if (problem.startsWith("could not find expected ':'")) {
      return Wording.SYNTAX_NO_COLON.with();
    } else if (problem.contains("sequence entries are not allowed")) {
      return Wording.SYNTAX_LIST.with();
    } else if (problem.startsWith("expected ',' or '}'")) {
      return Wording.SYNTAX_FLOW.with("}");
    } else if (problem.startsWith("expected ',' or ']'")) {
      return Wording.SYNTAX_FLOW.with("]");
    } else if (problem.contains("end of stream") && context.contains("quoted scalar")) {
      return Wording.SYNTAX_QUOTE.with();
    } else if (problem.startsWith("found character '")
        && problem.contains("' that cannot start any token")) {
      return Wording.SYNTAX_CHARACTER.with(clip(problem.substring("found character '".length(),
          problem.indexOf("' that cannot start any token"))));
    } else if (problem.startsWith("found unknown escape character ")) {
      String escape = problem.substring("found unknown escape character ".length());
      return Wording.SYNTAX_ESCAPE.with("\\" + clip(escape.replaceAll("\\(\\d+\\)$", "")));
    }
    return Wording.SYNTAX.with(clip(problem, 200));
  }

  private static void position(Optional<Mark> mark, int[] at) {
    mark.ifPresent(m -> {
      at[0] = m.getLine() + 1;
      at[1] = m.getColumn() + 1;
    });
  }

  /** A text quoted in a message, cut to 80 characters. */
  static String clip(String text) {
    return clip(text, 80);
  }

  /** A text quoted in a message on one line, cut to at most {@code most} characters. */
  private static String clip(String text, int most) {
    String oneLine = text.replaceAll("\\p{Cntrl}", " ");
    return oneLine.length() <= most ? oneLine : oneLine.substring(0, most - 3) + "...";
  }
}
