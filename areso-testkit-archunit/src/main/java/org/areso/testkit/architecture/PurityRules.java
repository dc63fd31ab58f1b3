package org.areso.testkit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.targetOwner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.lang.conditions.ArchConditions.accessField;
import static com.tngtech.archunit.lang.conditions.ArchConditions.accessTargetWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static java.util.Objects.requireNonNull;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.time.Clock;
import java.time.InstantSource;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * The ArchUnit rules that keep a module pure, as Areso's own modules are: no file, network or
 * database access, no standard streams, no system clock or random identifiers, and dependencies
 * that point one way only.
 *
 * <p>Each factory takes the package patterns it applies to, in ArchUnit's syntax (for example
 * {@code "org.areso.rules.."}), so that a rule author can check a programme module the way Areso
 * checks its own:
 *
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter()
 *     .withImportOption(new ImportOption.DoNotIncludeTests())
 *     .importPackages("com.example.programme");
 * PurityRules.all("com.example.programme..").check(classes);
 * }</pre>
 *
 * <p>Every rule allows an empty set of checked classes, so that a module with no classes yet
 * passes.
 *
 * <p>This class is immutable and thread-safe, and so are the rules it returns.
 */
public final class PurityRules {

  private static final DescribedPredicate<JavaClass> IO_CLASSES =
      resideInAnyPackage("java.io..", "java.net..", "java.nio.file..", "java.sql..")
          .and(not(type(Serial.class)))
          .as("reside in java.io (except java.io.Serial), java.net, java.nio.file or java.sql");

  /**
   * The single resource a pure module may read: its own packaged bundles, through
   * {@code ResourceBundle.getBundle(String, Locale)}. Called from a class of the module, that
   * overload looks the bundle up from that class (in its own module on the module path, beside it
   * on the class path), and the locale is the caller's, never the JVM's default. Every other way to
   * load a bundle (another overload: with a class loader, a module, a {@code Control}, or the
   * default locale) is refused; the other ways to read a resource already use {@code java.io} or
   * {@code java.net} types.
   */
  private static final DescribedPredicate<AccessTarget> GET_BUNDLE_WITH_BASE_NAME_AND_LOCALE =
      DescribedPredicate.describe("getBundle(String, Locale)",
          target -> target instanceof CodeUnitAccessTarget call
              && rawParameterTypes(String.class, Locale.class).test(call));

  private static final DescribedPredicate<JavaAccess<?>> BUNDLE_NOT_OF_THE_MODULE =
      targetOwner(type(ResourceBundle.class))
          .and(target(name("getBundle")))
          .and(not(target(GET_BUNDLE_WITH_BASE_NAME_AND_LOCALE)))
          .as("target is a ResourceBundle.getBundle other than getBundle(String, Locale)");

  /** What the one reader of a module's own resources may use of java.io: the stream it reads. */
  private static final DescribedPredicate<JavaClass> IO_CLASSES_BUT_A_RESOURCE_STREAM =
      IO_CLASSES.and(not(type(InputStream.class))).and(not(type(IOException.class)))
          .as("reside in java.io (except java.io.Serial, and java.io.InputStream and "
              + "java.io.IOException to read a resource), java.net, java.nio.file or java.sql");

  /**
   * {@code Class.getResourceAsStream(String)}: called from a class of a named module, it finds a
   * resource of that module only (of a package of the module, whether or not it is open, because a
   * module is always open to itself); on the class path, beside the class.
   */
  private static final DescribedPredicate<AccessTarget> CLASS_GET_RESOURCE_AS_STREAM =
      DescribedPredicate.describe("Class.getResourceAsStream(String)",
          target -> target instanceof CodeUnitAccessTarget call
              && call.getOwner().isEquivalentTo(Class.class)
              && call.getName().equals("getResourceAsStream")
              && rawParameterTypes(String.class).test(call));

  /**
   * Any way to obtain a stream other than a resource of the class's own: a method returning an
   * {@code InputStream} ({@code ClassLoader.getResourceAsStream}, {@code Module.getResourceAsStream},
   * {@code Process.getInputStream}…) other than {@link #CLASS_GET_RESOURCE_AS_STREAM} and the
   * stream's own methods.
   */
  private static final DescribedPredicate<JavaAccess<?>> STREAM_NOT_OF_ITS_OWN_RESOURCE =
      DescribedPredicate.describe(
          "target returns an InputStream and is not Class.getResourceAsStream(String)",
          access -> access.getTarget() instanceof CodeUnitAccessTarget call
              && call.getRawReturnType().isAssignableTo(InputStream.class)
              && !call.getOwner().isAssignableTo(InputStream.class)
              && !CLASS_GET_RESOURCE_AS_STREAM.test(call));

  private static final DescribedPredicate<JavaAccess<?>> NOW =
      targetOwner(resideInAPackage("java.time.."))
          .and(target(name("now")))
          .as("target is a java.time method named now");

  private static final DescribedPredicate<JavaAccess<?>> SYSTEM_CLOCK =
      targetOwner(type(Clock.class).or(type(InstantSource.class)))
          .and(target(nameStartingWith("system")))
          .as("target is Clock.system*() or InstantSource.system()");

  private static final DescribedPredicate<JavaAccess<?>> RANDOM_UUID =
      targetOwner(type(UUID.class))
          .and(target(name("randomUUID")))
          .as("target is UUID.randomUUID()");

  private static final DescribedPredicate<JavaAccess<?>> CURRENT_TIME_MILLIS =
      targetOwner(type(System.class))
          .and(target(name("currentTimeMillis")))
          .as("target is System.currentTimeMillis()");

  private static final DescribedPredicate<JavaAccess<?>> NANO_TIME =
      targetOwner(type(System.class))
          .and(target(name("nanoTime")))
          .as("target is System.nanoTime()");

  private static final DescribedPredicate<JavaAccess<?>> PRINT_STACK_TRACE =
      targetOwner(assignableTo(Throwable.class))
          .and(target(name("printStackTrace")))
          .as("target is Throwable.printStackTrace");

  private PurityRules() {}

  //-----------------------------------------------------------------------
  /**
   * Obtains the rule that classes in the given packages depend on no file, network or database
   * class: nothing in {@code java.io}, {@code java.net}, {@code java.nio.file} or {@code java.sql},
   * and they load no resource bundle but their module's own.
   *
   * <p>Two exceptions, and no other: the annotation {@code java.io.Serial}, which only documents
   * serialization members; and {@code ResourceBundle.getBundle(String, Locale)}, which loads the
   * bundles the module packages itself (its messages, which a translator edits), looked up from
   * the calling class, in the caller's own module on the module path. Every other overload of
   * {@code getBundle} is refused: with a class loader, a module or a {@code Control} it reads
   * resources of someone else, and without a locale it depends on the JVM's default locale.
   *
   * @param packages  the package patterns whose classes are checked, not null, not empty, no null
   *     element
   * @return the rule, not null
   * @throws NullPointerException if {@code packages} or one of its elements is null
   * @throws IllegalArgumentException if {@code packages} is empty
   */
  public static ArchRule noIo(String... packages) {
    return noClasses().that().resideInAnyPackage(checked(packages))
        .should().dependOnClassesThat(IO_CLASSES)
        .orShould(accessTargetWhere(BUNDLE_NOT_OF_THE_MODULE)
            .as("load a resource bundle other than through getBundle(String, Locale)"))
        .because("a pure module takes facts from its host and returns values; files, sockets, "
            + "paths, databases and resources beyond its own message bundles belong to the host")
        .allowEmptyShould(true);
  }

  /**
   * Obtains the rule of {@link #noIo(String...)} with one exception, and no other: the one class
   * named {@code resourceReader} may read the resources its module packages itself, such as the
   * data files of a catalogue. That class may call {@code Class.getResourceAsStream(String)},
   * which from a class of a named module finds a resource of that module only, and read and close
   * the {@code java.io.InputStream} it returns, catching {@code java.io.IOException}.
   *
   * <p>Everything else stays refused, in that class too: any other {@code java.io},
   * {@code java.net}, {@code java.nio.file} or {@code java.sql} class (a {@code File}, a
   * {@code URL}, a {@code Path}, a {@code Reader}…), any other method that returns an
   * {@code InputStream} ({@code ClassLoader.getResourceAsStream}, {@code
   * Module.getResourceAsStream}, {@code Process.getInputStream}…), and a bundle loaded otherwise
   * than through {@code ResourceBundle.getBundle(String, Locale)}. Every other class of the
   * packages is held to {@link #noIo(String...)} exactly.
   *
   * @param resourceReader  the fully qualified name of the one class that reads the module's own
   *     resources, not null
   * @param packages  the package patterns whose classes are checked, not null, not empty, no null
   *     element
   * @return the rule, reporting the violations of the reader and of every other class, not null
   * @throws NullPointerException if an argument or one of the packages is null
   * @throws IllegalArgumentException if {@code packages} is empty
   */
  public static ArchRule noIoButOwnResources(String resourceReader, String... packages) {
    requireNonNull(resourceReader, "resourceReader");
    ArchRule others = noClasses().that().resideInAnyPackage(checked(packages))
        .and().doNotHaveFullyQualifiedName(resourceReader)
        .should().dependOnClassesThat(IO_CLASSES)
        .orShould(accessTargetWhere(BUNDLE_NOT_OF_THE_MODULE)
            .as("load a resource bundle other than through getBundle(String, Locale)"))
        .because("a pure module takes facts from its host and returns values; files, sockets, "
            + "paths, databases and resources beyond its own belong to the host, and only "
            + resourceReader + " reads the module's own resources")
        .allowEmptyShould(true);
    ArchRule reader = noClasses().that().haveFullyQualifiedName(resourceReader)
        .should().dependOnClassesThat(IO_CLASSES_BUT_A_RESOURCE_STREAM)
        .orShould(accessTargetWhere(STREAM_NOT_OF_ITS_OWN_RESOURCE)
            .as("obtain an InputStream other than through Class.getResourceAsStream(String)"))
        .orShould(accessTargetWhere(BUNDLE_NOT_OF_THE_MODULE)
            .as("load a resource bundle other than through getBundle(String, Locale)"))
        .because("the reader of a module's own resources reads them through "
            + "Class.getResourceAsStream(String), and nothing else")
        .allowEmptyShould(true);
    return CompositeArchRule.of(others).and(reader);
  }

  /**
   * Obtains the rule that classes in the given packages touch no standard stream: they read
   * neither {@code System.out}, {@code System.err} nor {@code System.in}, and call no
   * {@code printStackTrace} (which writes to {@code System.err}).
   *
   * @param packages  the package patterns whose classes are checked, not null, not empty, no null
   *     element
   * @return the rule, not null
   * @throws NullPointerException if {@code packages} or one of its elements is null
   * @throws IllegalArgumentException if {@code packages} is empty
   */
  public static ArchRule noStandardStreams(String... packages) {
    return noClasses().that().resideInAnyPackage(checked(packages))
        .should(accessField(System.class, "out"))
        .orShould(accessField(System.class, "err"))
        .orShould(accessField(System.class, "in"))
        .orShould(accessTargetWhere(PRINT_STACK_TRACE).as("use Throwable.printStackTrace"))
        .because("a pure module reports through returned values (reasons, events, explanations), "
            + "never through the console of the host's process")
        .allowEmptyShould(true);
  }

  /**
   * Obtains the rule that classes in the given packages read neither the system clock nor a random
   * source of identifiers.
   *
   * <p>Refused, whether called or used as a method reference: any method named {@code now} of a
   * {@code java.time} class (even {@code now(Clock)}), {@code Clock.systemUTC()},
   * {@code Clock.systemDefaultZone()}, {@code Clock.system(ZoneId)},
   * {@code InstantSource.system()}, {@code UUID.randomUUID()},
   * {@code System.currentTimeMillis()} and {@code System.nanoTime()}.
   *
   * @param packages  the package patterns whose classes are checked, not null, not empty, no null
   *     element
   * @return the rule, not null
   * @throws NullPointerException if {@code packages} or one of its elements is null
   * @throws IllegalArgumentException if {@code packages} is empty
   */
  public static ArchRule noSystemTimeOrRandomIds(String... packages) {
    return noClasses().that().resideInAnyPackage(checked(packages))
        .should(accessTargetWhere(NOW).as("use a java.time method named now"))
        .orShould(accessTargetWhere(SYSTEM_CLOCK).as("use Clock.system*() or InstantSource.system()"))
        .orShould(accessTargetWhere(RANDOM_UUID).as("use UUID.randomUUID()"))
        .orShould(
            accessTargetWhere(CURRENT_TIME_MILLIS).as("use System.currentTimeMillis()"))
        .orShould(accessTargetWhere(NANO_TIME).as("use System.nanoTime()"))
        .because("time and identifiers come from the caller, so that the same input always "
            + "gives the same decision and a stored history replays to the same result")
        .allowEmptyShould(true);
  }

  /**
   * Obtains the rule that classes in one package depend on no class of another package.
   *
   * <p>Dependencies between classes of {@code fromPackage} itself are always allowed, so the
   * target may enclose the source: {@code noDependencyOf("org.areso.core.kernel..",
   * "org.areso.core..")} says that the kernel depends on no other core package, and
   * {@code noDependencyOf("org.areso.core..", "org.areso.rules..")} that core never depends on the
   * rules.
   *
   * @param fromPackage  the package pattern whose classes are checked, not null
   * @param toPackage  the package pattern they must not depend on, not null
   * @return the rule, not null
   * @throws NullPointerException if an argument is null
   */
  public static ArchRule noDependencyOf(String fromPackage, String toPackage) {
    requireNonNull(fromPackage, "fromPackage");
    requireNonNull(toPackage, "toPackage");
    return noClasses().that().resideInAPackage(fromPackage)
        .should().dependOnClassesThat(resideInAPackage(toPackage)
            .and(not(resideInAPackage(fromPackage))))
        .because("dependencies point one way only: " + fromPackage
            + " is understood, tested and released without " + toPackage)
        .allowEmptyShould(true);
  }

  /**
   * Obtains the three purity rules at once: {@link #noIo(String...)},
   * {@link #noStandardStreams(String...)} and {@link #noSystemTimeOrRandomIds(String...)}.
   *
   * <p>Layering is specific to each module, so {@link #noDependencyOf(String, String)} is not
   * part of it.
   *
   * @param packages  the package patterns whose classes are checked, not null, not empty, no null
   *     element
   * @return the combined rule, reporting the violations of all three, not null
   * @throws NullPointerException if {@code packages} or one of its elements is null
   * @throws IllegalArgumentException if {@code packages} is empty
   */
  public static ArchRule all(String... packages) {
    return CompositeArchRule.of(noIo(packages))
        .and(noStandardStreams(packages))
        .and(noSystemTimeOrRandomIds(packages));
  }

  //-----------------------------------------------------------------------
  private static String[] checked(String... packages) {
    requireNonNull(packages, "packages");
    if (packages.length == 0) {
      throw new IllegalArgumentException("packages must name at least one package pattern");
    }
    for (int i = 0; i < packages.length; i++) {
      requireNonNull(packages[i], "packages[" + i + "]");
    }
    return packages.clone();
  }
}
