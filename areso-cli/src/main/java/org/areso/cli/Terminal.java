package org.areso.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the process runs at a terminal, where progress lines help a person waiting. */
final class Terminal {

  private Terminal() { }

  /** Whether the process runs at a terminal. */
  static boolean interactive() {
    return interactive(System.console());
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
