package org.areso.rules.programme;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import org.areso.core.engagement.CallForApplications;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.kernel.Text;

/**
 * What {@code aura-dialogue-qvt} adds to its {@link Programmes#auraDialogueQvt() programme}: the
 * themes its cohort works on, and its key indicators, computed from the host's records by {@link
 * #indicators}.
 */
public final class AuraDialogueQvt {

  private AuraDialogueQvt() { }

  /**
   * How many associations the seed reports were accompanied ("4 associations volontaires … ont
   * été accompagnées pendant un an"): a figure of the 2023 report on the experiment, not a
   * capacity. Nothing refuses a fifth selection or engagement; compare it with {@link
   * CohortIndicators#accompanied()} when reporting.
   */
  public static final int ASSOCIATIONS_REPORTED = 4;

  /** The themes the cohort works on. */
  public enum Theme {
    /** The content: the CSE's health, safety and working-conditions missions. */
    CONTENT(Text.of("le contenu (missions SSCT du CSE)", "the content (the CSE's health and"
        + " safety missions)")),
    /** The joint processes: negotiation, how the CSE works, dialogue registers. */
    JOINT_PROCESSES(Text.of("les processus de travail paritaire", "the joint processes")),
    /** The relationship: legitimacy, efficiency, conditions of a quality dialogue. */
    RELATIONSHIP(Text.of("la relation", "the relationship"));

    private final Text label;

    Theme(Text label) {
      this.label = label;
    }

    /**
     * The theme's name, in French and English.
     *
     * @return the label, never null
     */
    public Text label() {
      return label;
    }
  }

  /**
   * The cohort's key indicators, computed from what the host recorded: the call, the applications
   * it received, and the engagements. Only the records of this call count: an application to
   * another call, and an engagement whose recorded selection names another call (or that recorded
   * none), are left out, so a host may pass everything it holds. Pure: it reads no clock, and the
   * launch is the call's first day.
   *
   * @param call the call the cohort was formed from, not null
   * @param applications the applications, as rebuilt from their histories, not null
   * @param engagements the engagements, as rebuilt from their histories, not null
   * @return the indicators, never null
   * @throws NullPointerException if an argument, or one of the applications or engagements, is
   *     null (a programmer error)
   */
  public static CohortIndicators indicators(CallForApplications call,
      Seq<CohortApplication> applications, Seq<Engagement> engagements) {
    requireNonNull(call, "call");
    Seq<CohortApplication> received = requireNonNull(applications, "applications")
        .filter(a -> requireNonNull(a, "applications[]").call().reference()
            .equals(call.reference()));
    Seq<Engagement> ofTheCall = requireNonNull(engagements, "engagements")
        .filter(e -> requireNonNull(e, "engagements[]").file().selection()
            .exists(s -> s.call().equals(call.reference())));
    int accompanied = ofTheCall.count(e -> e.conduct().started());
    return new CohortIndicators(call.reference(), call.launched(), received.size(),
        received.count(a -> a.stage() == CohortApplication.Stage.SELECTED), accompanied,
        ofTheCall.count(e -> e.stage() == EngagementStage.CLOSED
            && e.file().assessment().isDefined()),
        accompanied > 0 && ofTheCall.forAll(Engagement::isTerminal));
  }
}
