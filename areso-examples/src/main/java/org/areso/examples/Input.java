package org.areso.examples;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.areso.core.kernel.Text;

/**
 * What a command reads: a file named as the user wrote it, or a stream already open, such as
 * standard input. Immutable; a file is opened only by {@link #open()}.
 */
public final class Input {

  private final String name;
  private final InputStream stream;

  private Input(String name, InputStream stream) {
    this.name = name;
    this.stream = stream;
  }

  /**
   * A file.
   *
   * @param name the file's name, as the user wrote it, not null; it is resolved when opened, so a
   *     name that is no path is a file that cannot be read
   * @return the input, never null
   * @throws NullPointerException if name is null (a programmer error)
   */
  public static Input file(String name) {
    return new Input(requireNonNull(name, "name"), null);
  }

  /**
   * A stream already open, such as standard input; {@link #open()} gives it, and closing what it
   * gives leaves the stream open.
   *
   * @param name the name messages give it, such as {@code <stdin>}, not null
   * @param stream the stream, not null
   * @return the input, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Input stream(String name, InputStream stream) {
    return new Input(requireNonNull(name, "name"), requireNonNull(stream, "stream"));
  }

  /**
   * The name messages give the input.
   *
   * @return the file's name as the user wrote it, or the stream's name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Opens the input; the caller closes what it gets.
   *
   * @return the bytes, never null
   * @throws IOException when the file cannot be opened (a name that is no path included)
   */
  public InputStream open() throws IOException {
    if (stream != null) {
      return new FilterInputStream(stream) {
        @Override
        public void close() {
          // the stream belongs to whoever gave it
        }
      };
    }
    return Files.newInputStream(path());
  }

  /**
   * The size in bytes, when it is known before reading: a regular file's.
   *
   * @return the size, or empty for a stream or a file whose size cannot be known
   */
  public OptionalLong size() {
    if (stream != null) {
      return OptionalLong.empty();
    }
    try {
      Path path = path();
      return Files.isRegularFile(path) ? OptionalLong.of(Files.size(path)) : OptionalLong.empty();
    } catch (IOException | SecurityException e) {
      return OptionalLong.empty();
    }
  }

  private Path path() throws NoSuchFileException {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new NoSuchFileException(name, null, e.getReason());
    }
  }

  /**
   * Why a file could not be read, as a person reads it: not found, access denied, a directory, or
   * the failure's kind for any other.
   *
   * @param failure what reading the file threw, not null
   * @return the words, in French, English, German and Italian, never null
   * @throws NullPointerException if failure is null (a programmer error)
   */
  public static Text problem(Exception failure) {
    requireNonNull(failure, "failure");
    if (failure instanceof NoSuchFileException) {
      return Text.of("introuvable", "not found", "nicht gefunden", "non trovato");
    }
    if (failure instanceof AccessDeniedException || failure instanceof SecurityException) {
      return Text.of("accès refusé", "access denied", "Zugriff verweigert", "accesso negato");
    }
    // a directory is refused with its reason or its message only ("Is a directory")
    String said = failure instanceof FileSystemException system ? system.getReason()
        : failure.getMessage();
    if (said != null && said.toLowerCase(java.util.Locale.ROOT).contains("directory")) {
      return Text.of("c'est un dossier", "it is a directory", "es ist ein Ordner",
          "è una cartella");
    }
    String kind = failure.getClass().getSimpleName();
    return Text.of(kind, kind);
  }

  @Override
  public String toString() {
    return name;
  }
}
