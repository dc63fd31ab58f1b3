package org.areso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {

  @Test
  void withoutAConsoleThereIsNoTerminalAndSoNoProgress() {
    assertThat(Terminal.interactive(null)).isFalse();
  }

  @Test
  void theTestsDoNotRunAtATerminal() {
    assertThat(Terminal.interactive()).isFalse();
  }

  @Test
  void theLauncherSaysWhetherStandardErrorIsATerminalWhatEverTheConsole() {
    // ./areso 2>/dev/tty > out.csv: no console for Java 17, yet progress is wanted
    assertThat(Terminal.interactive("true", null)).isTrue();
    assertThat(Terminal.interactive("false", null)).isFalse();
    // anything else, or nothing (java -jar): the console decides
    assertThat(Terminal.interactive(null, null)).isFalse();
    assertThat(Terminal.interactive("yes", null)).isFalse();
  }
}
