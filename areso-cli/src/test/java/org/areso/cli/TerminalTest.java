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
}
