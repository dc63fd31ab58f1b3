package org.areso.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether standard error, where the progress lines go, is a terminal, where they help a person
 * waiting.
 */
final class Terminal {

  /**
   * The system property the {@code ./areso} launcher sets to {@code true} or {@code false}: it
   * knows whether standard error is a terminal ({@code [ -t 2 ]}), which Java 17 cannot tell
   * when standard output goes to a file.
   */
  static final String STDERR_IS_TERMINAL = "areso.stderr.terminal";

  private Terminal() { }

  /** Whether standard error is a terminal: as the launcher says, else as the console says. */
  static boolean interactive() {
    return interactive(System.getProperty(STDERR_IS_TERMINAL), System.console());
  }

  /**
   * Whether standard error is a terminal: {@code launcherSays} when it is {@code true} or
   * {@code false}; otherwise (run with {@code java -jar}) when the console is a terminal, which
   * needs standard input and output at a terminal too.
   */
  static boolean interactive(String launcherSays, Console console) {
    if ("true".equals(launcherSays) || "false".equals(launcherSays)) {
      return Boolean.parseBoolean(launcherSays);
    }
    return interactive(console);
  }

  /**
   * Whether a console is a terminal: up to Java 21, {@link System#console()} is null unless
   * standard input and output are a terminal; from Java 22 it may be a console for pipes too, and
   * {@code Console.isTerminal()} tells.
   */
  static boolean interactive(Console console) {
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | SecurityException e) {
      return false;
    }
  }
}
