package org.areso.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J 2 provider for the tests of this module: every level of every logger is enabled, and
 * each line is kept in memory, formatted, with its throwable. The module's surefire configuration
 * selects it with the system property {@code slf4j.provider}; the programs keep slf4j-simple.
 */
public final class RecordingLogs implements SLF4JServiceProvider {

  /** One line written: the logger, the level, the formatted message and the throwable's text. */
  public record Line(String logger, Level level, String message, String throwable) {

    /** Everything the line shows. */
    public String text() {
      return logger + " " + level + " " + message + " " + throwable;
    }
  }

  private static final ConcurrentLinkedQueue<Line> LINES = new ConcurrentLinkedQueue<>();

  private final ILoggerFactory loggers = new Factory();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  /** Created by SLF4J. */
  public RecordingLogs() { }

  /** The lines written since the last {@link #clear()}, in order. */
  public static Seq<Line> lines() {
    return List.ofAll(LINES);
  }

  /** Forgets the lines written so far. */
  public static void clear() {
    LINES.clear();
  }

  /** Whether SLF4J writes through this provider in this JVM. */
  public static boolean active() {
    return org.slf4j.LoggerFactory.getILoggerFactory() instanceof Factory;
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() { }

  /** Makes the recording loggers. */
  private static final class Factory implements ILoggerFactory {
    @Override
    public Logger getLogger(String name) {
      return new Recorder(name);
    }
  }

  /** A logger with every level enabled that records its lines. */
  private static final class Recorder extends LegacyAbstractLogger implements Logger {

    private static final long serialVersionUID = 1L;

    Recorder(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
        Object[] arguments, Throwable throwable) {
      StringBuilder trace = new StringBuilder();
      for (Throwable t = throwable; t != null; t = t.getCause()) {
        trace.append(t).append('\n');
      }
      LINES.add(new Line(name, level,
          MessageFormatter.basicArrayFormat(pattern, arguments), trace.toString()));
    }
  }
}
