package org.areso.rules.text;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.rules.eligibility.AresoPolicy;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.areso.rules.eligibility.AuraDialogueQvtPolicy;
import org.areso.rules.eligibility.SoresoPolicy;
import org.areso.rules.eligibility.WorkplaceSocialServicePolicy;

/** The five programmes' policy files, packaged in areso-rules, and their wave-one Java policies. */
final class TextPolicyFixtures {

  static final Seq<String> IDS = List.of(AresoPolicy.ID, AresoSocial2023Policy.ID,
      SoresoPolicy.ID, AuraDialogueQvtPolicy.ID, WorkplaceSocialServicePolicy.ID);

  private TextPolicyFixtures() {}

  /** A resource of this module as text; a test's reading, never the library's. */
  static String resource(String path) {
    try (InputStream in = TextPolicyFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The policy file of a programme. */
  static String file(String id) {
    return resource("/org/areso/rules/policies/" + id + ".yaml");
  }

  private static final java.util.Map<String, Policy> READ =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The policy a programme's file compiles to, read once; fails when it is refused. */
  static Policy textPolicy(String id) {
    return READ.computeIfAbsent(id, TextPolicyFixtures::readPolicy);
  }

  private static Policy readPolicy(String id) {
    io.vavr.control.Validation<Seq<PolicyTextError>, Policy> read = PolicyText.read(file(id));
    if (read.isInvalid()) {
      throw new AssertionError(id + ".yaml refused: " + read.getError().mkString("\n"));
    }
    return read.get();
  }

  /** The programme's policy in the catalogue, read from its packaged file by its policy class. */
  static Policy cataloguePolicy(String id) {
    return switch (id) {
      case AresoPolicy.ID -> AresoPolicy.policy();
      case AresoSocial2023Policy.ID -> AresoSocial2023Policy.policy();
      case SoresoPolicy.ID -> SoresoPolicy.policy();
      case AuraDialogueQvtPolicy.ID -> AuraDialogueQvtPolicy.policy();
      case WorkplaceSocialServicePolicy.ID -> WorkplaceSocialServicePolicy.policy();
      default -> throw new IllegalArgumentException(id);
    };
  }

  /** The programme's wave-one policy, written by hand in Java: the reference of the files. */
  static Policy javaPolicy(String id) {
    return WaveOnePolicies.policy(id);
  }

  /** The facts a policy's conditions read that are not standard: those it declares. */
  static Seq<Fact<?>> declaredFacts(Policy policy) {
    return policy.allRules()
        .filter(r -> r instanceof org.areso.core.eligibility.Condition)
        .<Fact<?>>map(r -> ((org.areso.core.eligibility.Condition) r).fact())
        .filter(f -> !Fact.STANDARD.contains(f)).distinct();
  }
}
