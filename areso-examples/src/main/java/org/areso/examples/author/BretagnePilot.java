package org.areso.examples.author;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.areso.core.eligibility.Policy;
import org.areso.core.engagement.Workflow;
import org.areso.core.ethics.Charter;
import org.areso.core.ethics.Principle;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.areso.core.planning.Format;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;
import org.areso.rules.programme.Formats;
import org.areso.rules.text.PolicyText;
import org.areso.rules.text.PolicyTextError;

/**
 * A made-up regional pilot, written the way a rule author adds a programme: associations of the
 * social sector in Brittany with fewer than 50 employees and staff representatives, requesting
 * during 2027 under a fictional regional deliberation, offered a seminar; the charter keeps
 * freedom, neutrality and confidentiality.
 *
 * <p>Who may ask is written as text, in the policy file {@code example-bretagne-pilot.yaml} next
 * to this class (its case table, {@code example-bretagne-pilot.md}, beside it), read once with
 * {@link PolicyText} when the class is initialised: the rule author edits the file and checks it
 * with {@code ./areso policy check}, the Java holds only what a policy file does not say (the
 * charter, the formats, the workflow). {@code docs/RULE-AUTHORS.md} writes this file from nothing.
 *
 * <p>Nothing here is a real scheme: it shows the moves. Immutable and thread-safe.
 */
public final class BretagnePilot implements Programme {

  /** The programme's identifier, the policy file's {@code policy:}. */
  public static final String ID = "example-bretagne-pilot";

  /** The policy file, a resource of this class's package. */
  static final String POLICY_FILE = ID + ".yaml";

  /** The pilot's own deliberation, as the policy file cites it: fictional, so not verified. */
  static final LegalReference DELIBERATION = LegalReference.builder()
      .code("Conseil régional de Bretagne")
      .article("Délibération n° 27-DAJ-001 (fictive) relative au pilote du dialogue social")
      .verified(false).build().get();

  private static final Validation<Seq<PolicyTextError>, Policy> POLICY =
      PolicyText.read(text(POLICY_FILE));

  private static final Validation<Seq<Reason>, Charter> CHARTER =
      Charter.builder(ID, DELIBERATION)
          .article(Principle.FREEDOM, Text.of("Les structures participent librement.",
              "Structures take part freely."))
          .article(Principle.NEUTRALITY, Text.of(
              "Les animateurs ne donnent pas d'avis sur le fond.",
              "Facilitators give no opinion on the content."))
          .article(Principle.CONFIDENTIALITY, Text.of("Rien n'est remonté aux financeurs.",
              "Nothing goes to the funders."))
          .anonymityTowardsSupervisingAuthorities(true)
          .build();

  /** The one instance, as the provider gives it. */
  public static final BretagnePilot INSTANCE = new BretagnePilot();

  private BretagnePilot() { }

  /**
   * The policy as read from its file: a rule author's mistakes (an unknown fact, a rule cited
   * nowhere, two rules of one name) come back here as positioned errors, which the pilot's tests
   * check, not at the first request.
   *
   * @return the policy, or every error of its file
   */
  static Validation<Seq<PolicyTextError>, Policy> builtPolicy() {
    return POLICY;
  }

  /**
   * A resource of this class's package, as text.
   *
   * @param name the resource's name, not null
   * @return its UTF-8 text, never null
   * @throws IllegalStateException if it is not packaged (a build error)
   */
  static String text(String name) {
    try (InputStream in = BretagnePilot.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Text name() {
    return Text.of("Pilote breton du dialogue social (exemple)",
        "Brittany social dialogue pilot (example)");
  }

  @Override
  public Policy policy() {
    return POLICY.toEither().getOrElseThrow(errors -> new IllegalStateException(POLICY_FILE + ": "
        + errors.mkString("; ")));
  }

  @Override
  public Charter charter() {
    return CHARTER.getOrElseThrow(() -> new IllegalStateException("invalid charter " + ID));
  }

  @Override
  public Set<FormatId> formats() {
    return LinkedHashSet.of(FormatId.of(Formats.seminar().id()).get());
  }

  @Override
  public Seq<Format> durations() {
    return List.of(Formats.seminar());
  }

  /** The workflow most programmes share: the pilot changes none of its choices. */
  @Override
  public Workflow workflow() {
    return Workflow.standard();
  }

  @Override
  public Set<InterventionContext> contexts() {
    return LinkedHashSet.of(InterventionContext.PREVENTIVE, InterventionContext.LEARNING);
  }

  @Override
  public Option<DateWindow> window() {
    return Option.of(DateWindow.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)).get());
  }

  @Override
  public String toString() {
    return "Programme[" + ID + "]";
  }
}
