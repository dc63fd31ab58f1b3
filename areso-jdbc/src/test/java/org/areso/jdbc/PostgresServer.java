package org.areso.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server for the tests, started from the distribution's binaries (Debian's
 * package {@code postgresql}; their folder is {@value #DEFAULT_BIN} unless the system property
 * {@code areso.postgres.bin} names another) into a temporary directory, on a free port of the
 * loopback interface, with trust authentication; stopped and its directory deleted at the end of
 * the test run. No Docker, no embedded artifact.
 *
 * <p>PostgreSQL refuses to run as root: as root (as CI runs), the binaries run as the {@code
 * postgres} user through {@code runuser}, in a directory given to that user; as anyone else, they
 * run as that user.
 *
 * <p>When no server can be started, the tests that need it fail: they are never skipped, unless
 * the system property {@value #OPT_OUT} is {@code true} (CI never sets it).
 */
public final class PostgresServer implements AutoCloseable {

  static final String DEFAULT_BIN = "/usr/lib/postgresql/15/bin";
  static final String OPT_OUT = "areso.postgres.skip";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final Path bin;
  private final Path directory;
  private final boolean asPostgres;
  private final int port;
  private final Duration startTime;

  private PostgresServer(Path bin, Path directory, boolean asPostgres, int port,
      Duration startTime) {
    this.bin = bin;
    this.directory = directory;
    this.asPostgres = asPostgres;
    this.port = port;
    this.startTime = startTime;
  }

  /**
   * Starts a server, or throws saying why it could not. Shipped in areso-jdbc's test jar, so that
   * areso-benchmarks measures the store on the same server.
   *
   * @param settings more {@code -c name=value} settings of the server, such as {@code fsync=off}
   * @return the running server, to close
   * @throws Exception when the binaries are missing or the server does not start
   */
  public static PostgresServer start(String... settings) throws Exception {
    Path bin = Path.of(System.getProperty("areso.postgres.bin", DEFAULT_BIN));
    if (!Files.isExecutable(bin.resolve("initdb"))) {
      throw new IllegalStateException("No PostgreSQL server binaries in " + bin
          + ": install Debian's package postgresql (.ci/run does), or set -D" + OPT_OUT
          + "=true to skip these tests on this machine");
    }
    boolean asPostgres = "root".equals(System.getProperty("user.name"));
    Path directory = Files.createTempDirectory("areso-pg-");
    if (asPostgres) {
      UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService()
          .lookupPrincipalByName("postgres");
      Files.setOwner(directory, postgres);
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    long began = System.nanoTime();
    PostgresServer server = new PostgresServer(bin, directory, asPostgres, port, Duration.ZERO);
    try {
      server.run("initdb", "-D", directory.resolve("data").toString(), "-U", "postgres",
          "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync");
      server.run("pg_ctl", "-D", directory.resolve("data").toString(), "-l",
          directory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
          "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1"
              + String.join("", java.util.Arrays.stream(settings).map(v -> " -c " + v).toList()),
          "start");
    } catch (Exception e) {
      server.delete();
      throw e;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - began);
    System.out.println("PostgreSQL started in " + took.toMillis() + " ms on port " + port
        + (asPostgres ? ", as the postgres user" : ""));
    return new PostgresServer(bin, directory, asPostgres, port, took);
  }

  /** How long initdb and the start took. @return the time */
  public Duration startTime() {
    return startTime;
  }

  /**
   * A new, empty database on this server.
   *
   * @return its data source
   * @throws Exception when the database cannot be created
   */
  public DataSource newDatabase() throws Exception {
    String name = "areso_" + DATABASES.incrementAndGet();
    try (Connection connection = dataSource("postgres").getConnection();
        Statement create = connection.createStatement()) {
      create.execute("CREATE DATABASE " + name);
    }
    return dataSource(name);
  }

  private DataSource dataSource(String database) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setServerNames(new String[] {"127.0.0.1"});
    source.setPortNumbers(new int[] {port});
    source.setDatabaseName(database);
    source.setUser("postgres");
    return source;
  }

  @Override
  public void close() throws Exception {
    try {
      run("pg_ctl", "-D", directory.resolve("data").toString(), "-m", "fast", "-w", "stop");
    } finally {
      delete();
    }
  }

  private void delete() throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private void run(String program, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    if (asPostgres) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(arguments));
    Path output = Files.createTempFile("areso-pg-", ".out");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(output.toFile()).start();
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(program + " did not finish in " + TIMEOUT);
      }
      if (process.exitValue() != 0) {
        Path log = directory.resolve("server.log");
        throw new IllegalStateException(program + " failed (" + process.exitValue() + "): "
            + Files.readString(output)
            + (Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : ""));
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /**
   * Starts one server for the whole test run (kept in JUnit's root store, which closes it at the
   * end), or skips the class when {@value #OPT_OUT} is set.
   */
  static final class Extension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
      org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean(OPT_OUT),
          "PostgreSQL tests skipped: " + OPT_OUT + " is set");
      current = shared(context);
    }

    private static volatile PostgresServer current;

    /** The server started for this test run, once a class using this extension has begun. */
    static PostgresServer current() {
      return java.util.Objects.requireNonNull(current, "no PostgreSQL server started");
    }

    /** The server of this test run, started on first use. */
    static PostgresServer shared(ExtensionContext context) {
      return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(PostgresServer.class, key -> {
            try {
              return start("fsync=off");
            } catch (Exception e) {
              throw new IllegalStateException("PostgreSQL could not be started", e);
            }
          }, PostgresServer.class);
    }
  }
}
