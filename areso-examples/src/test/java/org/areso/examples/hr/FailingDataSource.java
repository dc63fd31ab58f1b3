package org.areso.examples.hr;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A data source whose connections fail in the middle of an append, as a database that runs out
 * of disk or loses its network would: while a switch is on, the {@code n}-th row a connection
 * writes ({@code executeUpdate} of a prepared statement) throws the given exception instead, the
 * rows before it already written in the open transaction. Everything else goes to the real
 * database.
 */
final class FailingDataSource {

  private FailingDataSource() { }

  /**
   * @param database the real data source
   * @param failing whether the connections fail now
   * @param nth which row of a connection fails (1 for its first)
   * @param failure the exception thrown
   */
  static DataSource failingAtRow(DataSource database, BooleanSupplier failing, int nth,
      Supplier<SQLException> failure) {
    return proxy(DataSource.class, database, (method, result) -> {
      if (result instanceof Connection connection) {
        AtomicInteger rows = new AtomicInteger();
        return proxy(Connection.class, connection, (onConnection, statement) ->
            statement instanceof PreparedStatement prepared
                ? proxy(PreparedStatement.class, prepared, (onStatement, updated) -> updated,
                    onStatement -> onStatement.equals("executeUpdate") && failing.getAsBoolean()
                        && rows.incrementAndGet() == nth ? failure.get() : null)
                : statement, called -> null);
      }
      return result;
    }, called -> null);
  }

  /** What a proxy does with a call's result. */
  private interface Wrap {
    Object apply(String method, Object result) throws SQLException;
  }

  /** Whether a proxy throws before a call: the exception, or null to make the call. */
  private interface Fail {
    SQLException before(String method);
  }

  private static <T> T proxy(Class<T> type, T target, Wrap wrap, Fail fail) {
    InvocationHandler handler = (self, method, args) -> {
      SQLException failure = fail.before(method.getName());
      if (failure != null) {
        throw failure;
      }
      try {
        return wrap.apply(method.getName(), method.invoke(target, args));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return type.cast(Proxy.newProxyInstance(FailingDataSource.class.getClassLoader(),
        new Class<?>[] {type}, handler));
  }
}
