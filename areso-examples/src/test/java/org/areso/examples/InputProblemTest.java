package org.areso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputProblemTest {

  @TempDir
  Path dir;

  @Test
  void saysWhyAFileCannotBeReadInWords() throws IOException {
    // given: a directory read as a file, as the JVM refuses it
    IOException directory = null;
    try (var in = Input.file(dir.toString()).open()) {
      in.read();
    } catch (IOException e) {
      directory = e;
    }
    // then
    assertThat(Input.problem(new NoSuchFileException("x.csv")))
        .isEqualTo(Text.of("introuvable", "not found", "nicht gefunden", "non trovato"));
    Text denied = Text.of("accès refusé", "access denied", "Zugriff verweigert",
        "accesso negato");
    assertThat(Input.problem(new AccessDeniedException("x.csv"))).isEqualTo(denied);
    assertThat(Input.problem(new SecurityException("no"))).isEqualTo(denied);
    assertThat(directory).isNotNull();
    assertThat(Input.problem(directory)).isEqualTo(Text.of("c'est un dossier",
        "it is a directory", "es ist ein Ordner", "è una cartella"));
    assertThat(Input.problem(new java.io.EOFException()))
        .isEqualTo(Text.of("EOFException", "EOFException"));
    assertThat(Files.isDirectory(dir)).isTrue();
  }
}
