package org.areso.examples.leak;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.areso.core.kernel.Sensitive;
import org.areso.rules.programme.Programmes;

/**
 * Finds, in compiled classes, every type that can hold a {@link Sensitive} value: a type with an
 * instance field whose type, or any of its type arguments, bounds or array components
 * (recursively), is {@code Sensitive} or another holder, inherited fields included; a supertype
 * (class or interface) of a holder, since a value of that type can be the holder. A type argument
 * of one of Areso's generic types counts only where that type keeps a value of it. The closure runs over every class
 * imported, public or not, so that a private nested type can carry the value between two public
 * ones; the answer keeps the public types of the packages given.
 */
final class SensitiveHolders {

  private SensitiveHolders() { }

  /** The packages {@code org.areso.core} and {@code org.areso.rules} export, per their descriptors. */
  static Set<String> exportedPackages() {
    Set<String> packages = new TreeSet<>();
    packages.addAll(exports(Sensitive.class, "org.areso.core"));
    packages.addAll(exports(Programmes.class, "org.areso.rules"));
    return packages;
  }

  private static Set<String> exports(Class<?> member, String module) {
    try {
      Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
      ModuleDescriptor descriptor = ModuleFinder.of(location).findAll().stream()
          .map(ModuleReference::descriptor).filter(d -> d.name().equals(module)).findFirst()
          .orElseThrow(() -> new AssertionError("no module " + module + " at " + location));
      return descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** Every class of areso-core and areso-rules, exported or not, tests excluded. */
  static JavaClasses aresoClasses() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.areso.core", "org.areso.rules");
  }

  /**
   * The public types of the API packages that can hold a sensitive value.
   *
   * @param classes the classes to search, the closure runs over all of them
   * @param apiPackages the packages whose public types are the API
   * @return the holders in the API, by name
   */
  static Set<String> in(JavaClasses classes, Set<String> apiPackages) {
    Set<JavaClass> holders = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (JavaClass c : classes) {
        if (holders.contains(c) || c.isEquivalentTo(Sensitive.class)) {
          continue;
        }
        if (holdsDirectly(c, holders) || isSupertypeOfAny(c, holders)) {
          holders.add(c);
          grew = true;
        }
      }
    }
    return holders.stream().filter(c -> apiPackages.contains(c.getPackageName()))
        .filter(SensitiveHolders::isPublicApi).map(JavaClass::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean isPublicApi(JavaClass c) {
    if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isAnonymousClass()
        || c.isLocalClass()) {
      return false;
    }
    return c.getEnclosingClass().map(SensitiveHolders::isPublicApi).orElse(true);
  }

  private static boolean isSupertypeOfAny(JavaClass c, Set<JavaClass> holders) {
    for (JavaClass h : holders) {
      if (h.isAssignableTo(c.getName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsDirectly(JavaClass c, Set<JavaClass> holders) {
    for (JavaField field : c.getAllFields()) {
      if (field.getModifiers().contains(JavaModifier.STATIC)) {
        continue;
      }
      Set<JavaClass> mentioned = new HashSet<>();
      mentions(field.getType(), mentioned, new HashSet<>());
      for (JavaClass m : mentioned) {
        if (m.isEquivalentTo(Sensitive.class) || holders.contains(m)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a generic type can hold a value of its {@code index}-th type argument: for Areso's own
   * types, only when one of its instance fields names that type parameter (a {@code
   * Lifecycle<S, I, P, X, C, E>} holds stages, not states: it keeps functions over them); for
   * {@code Class<T>}, never (it names a type, such as a refused command's, and holds no value of
   * it); for others (Vavr's and the JDK's collections), always.
   */
  private static boolean holdsItsTypeParameter(JavaClass generic, int index) {
    if (generic.isEquivalentTo(Class.class)) {
      return false;
    }
    if (!generic.getPackageName().startsWith("org.areso.")
        || index >= generic.getTypeParameters().size()) {
      return true;
    }
    String parameter = generic.getTypeParameters().get(index).getName();
    for (JavaField field : generic.getAllFields()) {
      if (!field.getModifiers().contains(JavaModifier.STATIC)
          && namesTypeVariable(field.getType(), parameter, new HashSet<>())) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesTypeVariable(JavaType type, String name, Set<JavaType> seen) {
    if (!seen.add(type)) {
      return false;
    }
    if (type instanceof JavaTypeVariable<?> v) {
      return v.getName().equals(name);
    }
    if (type instanceof JavaParameterizedType p) {
      return p.getActualTypeArguments().stream().anyMatch(a -> namesTypeVariable(a, name, seen));
    }
    if (type instanceof JavaWildcardType w) {
      return w.getUpperBounds().stream().anyMatch(b -> namesTypeVariable(b, name, seen))
          || w.getLowerBounds().stream().anyMatch(b -> namesTypeVariable(b, name, seen));
    }
    if (type instanceof JavaGenericArrayType a) {
      return namesTypeVariable(a.getComponentType(), name, seen);
    }
    return false;
  }

  /** Every class a (generic) type names: itself, its arguments, bounds and components. */
  private static void mentions(JavaType type, Set<JavaClass> out, Set<JavaType> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof JavaParameterizedType p) {
      JavaClass generic = p.toErasure();
      out.add(generic);
      java.util.List<JavaType> arguments = p.getActualTypeArguments();
      for (int i = 0; i < arguments.size(); i++) {
        if (holdsItsTypeParameter(generic, i)) {
          mentions(arguments.get(i), out, seen);
        }
      }
    } else if (type instanceof JavaWildcardType w) {
      w.getUpperBounds().forEach(b -> mentions(b, out, seen));
      w.getLowerBounds().forEach(b -> mentions(b, out, seen));
    } else if (type instanceof JavaTypeVariable<?> v) {
      v.getUpperBounds().forEach(b -> mentions(b, out, seen));
    } else if (type instanceof JavaGenericArrayType a) {
      mentions(a.getComponentType(), out, seen);
    } else if (type instanceof JavaClass c) {
      out.add(c.isArray() ? c.getBaseComponentType() : c);
    }
  }
}
