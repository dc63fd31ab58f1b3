package org.areso.examples.author;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.ethics.Charter;
import org.areso.core.ethics.Principle;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Region;
import org.areso.core.kernel.Text;
import org.areso.core.planning.Format;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;
import org.areso.core.engagement.Workflow;
import org.areso.rules.programme.Formats;

/**
 * A made-up regional pilot, written the way a rule author adds a programme: small associations
 * (11 to 49 employees) in Brittany with staff representatives, requesting during 2025, offered a
 * seminar; the charter keeps freedom, neutrality and confidentiality.
 *
 * <p>Nothing here is a real scheme: it shows the moves. Immutable and thread-safe.
 */
public final class BretagnePilot implements Programme {

  /** The programme's identifier. */
  public static final String ID = "example-bretagne-pilot";

  /** The pilot's own call, as a rule author would cite it. */
  static final LegalReference CALL = LegalReference.builder().code("Appel à projets (exemple)")
      .article("conditions d'éligibilité").verified(false).build().get();

  static final Condition ASSOCIATION = Rule.condition("isAssociation",
      Text.of("la structure est une association", "the structure is an association"),
      Fact.LEGAL_FORM, form -> form == LegalForm.ASSOCIATION).citing(CALL);
  static final Condition IN_BRITTANY = Rule.condition("inBrittany",
      Text.of("la structure est en Bretagne", "the structure is in Brittany"),
      Fact.REGION, region -> region == Region.BRETAGNE).citing(CALL);
  static final Condition SMALL = Rule.condition("elevenToFortyNineEmployees",
      Text.of("la structure emploie de 11 à 49 salariés",
          "the structure employs 11 to 49 people"),
      Fact.HEADCOUNT, headcount -> headcount >= 11 && headcount <= 49).citing(CALL);
  static final Condition REPRESENTED = Rule.condition("hasStaffRepresentation",
      Text.of("la structure a des représentants du personnel",
          "the structure has staff representatives"),
      Fact.STAFF_REPRESENTATION, present -> present).citing(CALL);
  static final Condition DURING_2025 = Rule.condition("requestedIn2025",
      Text.of("demande faite en 2025", "requested in 2025"),
      Fact.REQUEST_DATE, day -> day.getYear() == 2025).citing(CALL);

  private static final Validation<Seq<Reason>, Policy> POLICY = Policy.of(ID,
      Text.of("Pilote breton (exemple)", "Brittany pilot (example)"),
      List.of(ASSOCIATION, IN_BRITTANY, SMALL, REPRESENTED, DURING_2025));

  private static final Validation<Seq<Reason>, Charter> CHARTER = Charter.builder(ID, CALL)
      .article(Principle.FREEDOM, Text.of("Les structures participent librement.",
          "Structures take part freely."))
      .article(Principle.NEUTRALITY, Text.of("Les animateurs ne donnent pas d'avis sur le fond.",
          "Facilitators give no opinion on the content."))
      .article(Principle.CONFIDENTIALITY, Text.of("Rien n'est remonté aux financeurs.",
          "Nothing goes to the funders."))
      .anonymityTowardsSupervisingAuthorities(true)
      .build();

  /** The one instance, as the provider gives it. */
  public static final BretagnePilot INSTANCE = new BretagnePilot();

  private BretagnePilot() { }

  /**
   * The policy as built: a rule author's mistakes (a rule cited nowhere, two rules of one name)
   * come back here as reasons, which the pilot's tests check, not at the first request.
   *
   * @return the policy, or why it was refused
   */
  static Validation<Seq<Reason>, Policy> builtPolicy() {
    return POLICY;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Text name() {
    return Text.of("Pilote breton (exemple)", "Brittany pilot (example)");
  }

  @Override
  public Policy policy() {
    return POLICY.getOrElseThrow(() -> new IllegalStateException("invalid policy " + ID));
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
    return Option.of(DateWindow.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).get());
  }

  @Override
  public String toString() {
    return "Programme[" + ID + "]";
  }
}
