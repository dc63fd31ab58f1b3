package org.areso.examples.leak;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.areso.core.kernel.Sensitive;

/** Small types, shaped like API types, that the discovery of holders must (or must not) find. */
public final class HolderFixtures {

  private HolderFixtures() { }

  /** What a remark is: implemented by a holder, so a holder. */
  public interface Remark { }

  /** Holds a sensitive value directly. */
  public record Note(Sensitive<String> text) implements Remark { }

  /** Holds notes deep in type arguments, through a private type. */
  public static final class Diary {
    private final Option<Seq<Page[]>> pages;

    Diary(Option<Seq<Page[]>> pages) {
      this.pages = pages;
    }

    @Override
    public String toString() {
      return "Diary" + pages.map(Seq::size);
    }
  }

  /** Not public: carries a note between two public types, not listed itself. */
  record Page(Remark remark) { }

  /** Holds nothing sensitive, only a static constant that does. */
  public record Plain(String text) {
    static final Note EXAMPLE = new Note(Sensitive.of("static, shared, not held"));
  }

  /** A generic type that keeps a value of its type argument, like a collection. */
  public record Box<T>(T content) { }

  /** Holds a note through a generic type that keeps it. */
  public record Shelf(Box<Note> box) { }

  /** A generic type that keeps only functions over its type argument, like a lifecycle. */
  public record Machine<T>(java.util.function.Function<String, Integer> rule) { }

  /** Holds a machine over notes, but no note: not a holder. */
  public record Workshop(Machine<Note> machine) { }

  /** Names the type of a remark, as a rejection names a command's type, but holds no remark. */
  public record Label(Class<? extends Remark> kind) { }
}
