package org.areso.core.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Areso: generated {@code Immutable*} classes are package-private and
 * hidden behind the abstract type's own factories, whose public {@code builder()} validates and
 * returns a {@code Validation}; generated builders are strict; no Guava.
 *
 * <p>Compile-time only: nothing of Immutables is needed at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    allParameters = false,
    // The abstract type owns the public builder() and its validating build(); the generated
    // builder is an internal detail, reached under another name.
    builder = "assembler")
public @interface AresoStyle {}
