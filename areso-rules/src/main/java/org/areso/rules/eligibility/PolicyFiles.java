package org.areso.rules.eligibility;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.rules.text.PolicyText;
import org.areso.rules.text.PolicyTextError;

/**
 * The catalogue's policy files, the single source of its five policies: packaged in this module
 * under {@value #FOLDER}, read through {@link Class#getResourceAsStream(String)} from this class,
 * so from this module only (its own resources, in a package it neither exports nor opens), and
 * compiled with {@link PolicyText}. This is the one place where {@code areso-rules} reads a
 * resource besides its message bundles; the architecture test allows it here and nowhere else. A
 * file missing or refused is a defect of the catalogue, found when its policy class is
 * initialised.
 */
final class PolicyFiles {

  /** Where the files are, in this module. */
  static final String FOLDER = "/org/areso/rules/policies/";

  private PolicyFiles() {}

  /**
   * The policy of a programme of the catalogue, read from its packaged file.
   *
   * @param id the policy's identifier, which names the file {@code <id>.yaml}
   * @param hostFacts the facts the file declares that the catalogue declares in Java
   * @throws IllegalStateException if the file is missing, unreadable, or refused: a defect of
   *     the catalogue
   */
  static Policy read(String id, Fact<?>... hostFacts) {
    return compile(id, text(id), List.of(hostFacts));
  }

  /**
   * A policy file's text compiled, whose policy must have the file's identifier.
   *
   * @throws IllegalStateException naming every error of the file with its position, if refused
   */
  static Policy compile(String id, String text, Seq<Fact<?>> hostFacts) {
    Validation<Seq<PolicyTextError>, Policy> read = PolicyText.read(text, hostFacts);
    if (read.isInvalid()) {
      throw new IllegalStateException("the catalogue's policy file " + file(id) + " is refused:"
          + read.getError().map(e -> "\n  " + file(id) + ":" + e).mkString());
    }
    if (!read.get().id().equals(id)) {
      throw new IllegalStateException("the catalogue's policy file " + file(id)
          + " holds the policy '" + read.get().id() + "', not '" + id + "'");
    }
    return read.get();
  }

  private static String file(String id) {
    return FOLDER.substring(1) + id + ".yaml";
  }

  private static String text(String id) {
    try (InputStream in = PolicyFiles.class.getResourceAsStream(FOLDER + id + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("the catalogue has no policy file " + file(id));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("the catalogue's policy file " + file(id)
          + " cannot be read", e);
    }
  }
}
