package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;
import org.areso.core.lifecycle.Lifecycle;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;

/**
 * What a programme's engagements go through (le déroulé), as the programme declares it: whether a
 * pre-diagnosis must come before qualifying, whether qualifying needs an application its call
 * for applications selected, whose consent the framing needs, who may be assigned (a pair of
 * facilitators or one professional, of given kinds, carrying the qualifications it requires),
 * whether ending the intervention
 * needs an adopted action plan (in every format, or all but some, such as a training) and closing
 * needs a follow-up review, and the programme's named
 * steps with the formats delivered in each. Core assembles from it the engagement's lifecycle out
 * of its building blocks (request, pre-diagnosis, selection, qualification, framing and consent, assignment,
 * intervention, sessions, contributions, action plan, disclosure, follow-up, closing); withdrawal
 * by a party from every open stage is common to all workflows (freedom of the parties).
 *
 * <p>Built once per programme with {@link #builder(String)}, checked when built. Immutable and
 * thread-safe; two workflows are equal when they declare the same.
 */
public final class Workflow {

  private static final Workflow STANDARD = builder("standard").build().get();

  private final String name;
  private final boolean preDiagnosisRequired;
  private final boolean selectionRequired;
  private final Set<PartyRole> consentOf;
  private final boolean representativesWhereElected;
  private final Staffing staffing;
  private final boolean actionPlanToEnd;
  private final Set<FormatId> noActionPlanFor;
  private final boolean followUpReviewToClose;
  private final Seq<WorkflowStep> steps;
  private final Lifecycle<EngagementStage, EngagementId, Programme, Engagement, EngagementCommand,
      EngagementEvent> lifecycle;

  /** The workflow's choices, and the lifecycle assembled from them (null only while assembling). */
  private Workflow(Builder b, Lifecycle<EngagementStage, EngagementId, Programme, Engagement,
      EngagementCommand, EngagementEvent> lifecycle) {
    this.name = b.name;
    this.preDiagnosisRequired = b.preDiagnosisRequired;
    this.selectionRequired = b.selectionRequired;
    this.consentOf = b.consentOf;
    this.representativesWhereElected = b.representativesWhereElected;
    this.staffing = b.staffing;
    this.actionPlanToEnd = b.actionPlanToEnd;
    this.noActionPlanFor = b.noActionPlanFor;
    this.followUpReviewToClose = b.followUpReviewToClose;
    this.steps = b.steps;
    this.lifecycle = lifecycle;
  }

  /**
   * The workflow most programmes share: a pre-diagnosis before qualifying, the consent of
   * management and staff representatives, a pair of facilitators of any kind, an action plan to
   * end the intervention and a follow-up review to close; no named steps.
   *
   * @return the standard workflow, never null
   */
  public static Workflow standard() {
    return STANDARD;
  }

  /**
   * Starts a workflow with the standard's choices, to be changed.
   *
   * @param name the workflow's name, shown in diagrams, not null
   * @return a new builder, mutable and not thread-safe; never null
   * @throws NullPointerException if name is null (a programmer error)
   */
  public static Builder builder(String name) {
    return new Builder(requireNonNull(name, "name"));
  }

  /**
   * The workflow's name.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Whether a pre-diagnosis must be recorded before the request is qualified.
   *
   * @return true when qualifying straight from the request is refused
   */
  public boolean preDiagnosisRequired() {
    return preDiagnosisRequired;
  }

  /**
   * Whether the request is qualified only once the engagement recorded the application its call
   * for applications selected ({@link EngagementCommand.RecordSelection}); a workflow that does
   * not require it does not accept that command.
   *
   * @return true when qualifying before a selection is recorded is refused
   */
  public boolean selectionRequired() {
    return selectionRequired;
  }

  /**
   * The parties whose consent the framing needs, in order.
   *
   * @return the parties, at least one, never null
   */
  public Set<PartyRole> consentOf() {
    return consentOf;
  }

  /**
   * Whether staff representatives are asked to consent only where the structure has some: a
   * structure known to have none ({@link Structure#hasStaffRepresentation()} false) is not asked
   * for theirs. When false, they are asked wherever {@link #consentOf()} names them.
   *
   * @return true when a structure without representatives is not asked for their consent
   */
  public boolean representativesWhereElected() {
    return representativesWhereElected;
  }

  /**
   * The parties whose consent the framing of an engagement with this structure needs: {@link
   * #consentOf()}, less the staff representatives of a structure known to have none when {@link
   * #representativesWhereElected()}. Management's consent is always asked, so the set is never
   * empty where {@link #consentOf()} names management.
   *
   * @param structure the engagement's structure, not null
   * @return the parties, in order, never null
   * @throws NullPointerException if structure is null (a programmer error)
   */
  public Set<PartyRole> consentOf(Structure structure) {
    requireNonNull(structure, "structure");
    return representativesWhereElected && structure.hasStaffRepresentation().contains(false)
        ? consentOf.remove(PartyRole.STAFF_REPRESENTATIVES) : consentOf;
  }

  /**
   * Who may be assigned.
   *
   * @return the staffing rule, never null
   */
  public Staffing staffing() {
    return staffing;
  }

  /**
   * Whether ending the intervention needs an adopted action plan, in the formats not listed by
   * {@link #noActionPlanFor()}.
   *
   * @return true when it does
   */
  public boolean actionPlanToEnd() {
    return actionPlanToEnd;
  }

  /**
   * The formats whose engagements end without an action plan even though the workflow otherwise
   * needs one, such as a training; empty when every format needs one.
   *
   * @return the formats, never null
   */
  public Set<FormatId> noActionPlanFor() {
    return noActionPlanFor;
  }

  /**
   * Whether ending an engagement delivered in a format needs an adopted action plan: {@link
   * #actionPlanToEnd()}, unless the format is one of {@link #noActionPlanFor()}. An engagement
   * whose format is not known yet follows {@link #actionPlanToEnd()}.
   *
   * @param format the engagement's format, if known; not null
   * @return true when it does
   * @throws NullPointerException if format is null (a programmer error)
   */
  public boolean actionPlanToEnd(Option<FormatId> format) {
    return actionPlanToEndOf(requireNonNull(format, "format").getOrNull());
  }

  /** {@link #actionPlanToEnd(Option)} for a format, or null when it is not known yet. */
  boolean actionPlanToEndOf(FormatId format) {
    return actionPlanToEnd && (format == null || !noActionPlanFor.contains(format));
  }

  /**
   * Whether closing needs a follow-up review.
   *
   * @return true when it does
   */
  public boolean followUpReviewToClose() {
    return followUpReviewToClose;
  }

  /**
   * The programme's named steps, in order; empty when it names none.
   *
   * @return the steps, never null
   */
  public Seq<WorkflowStep> steps() {
    return steps;
  }

  /**
   * The step that covers a stage.
   *
   * @param stage the stage, not null
   * @return the step, or none when no step covers it; never null
   * @throws NullPointerException if stage is null (a programmer error)
   */
  public Option<WorkflowStep> stepOf(EngagementStage stage) {
    requireNonNull(stage, "stage");
    return steps.find(s -> s.stages().contains(stage));
  }

  /**
   * The lifecycle assembled from this workflow: list it, draw it, walk its covering paths.
   *
   * @return the lifecycle, never null
   */
  public Lifecycle<EngagementStage, EngagementId, Programme, Engagement, EngagementCommand,
      EngagementEvent> lifecycle() {
    return lifecycle;
  }

  /**
   * A Mermaid {@code stateDiagram-v2} of the lifecycle, its stages grouped into the programme's
   * named steps (as notes) when it has some.
   *
   * @return the diagram's source, never null
   */
  public String toMermaid() {
    StringBuilder out = new StringBuilder(lifecycle.toMermaid());
    int n = 0;
    for (WorkflowStep step : steps) {
      n++;
      out.append("    note right of ").append(step.stages().head().name()).append(" : step ")
          .append(n).append(", ").append(step.name().en()).append(" (")
          .append(step.stages().map(Enum::name).mkString(", ")).append(")\n");
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Workflow that && name.equals(that.name)
        && preDiagnosisRequired == that.preDiagnosisRequired
        && selectionRequired == that.selectionRequired && consentOf.equals(that.consentOf)
        && representativesWhereElected == that.representativesWhereElected
        && staffing.equals(that.staffing) && actionPlanToEnd == that.actionPlanToEnd
        && noActionPlanFor.equals(that.noActionPlanFor)
        && followUpReviewToClose == that.followUpReviewToClose && steps.equals(that.steps);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + consentOf.hashCode();
  }

  @Override
  public String toString() {
    return "Workflow[" + name + "]";
  }

  /** Builds a {@link Workflow}; mutable and not thread-safe, meant to be used once. */
  public static final class Builder {
    private final String name;
    private boolean preDiagnosisRequired = true;
    private boolean selectionRequired = false;
    private Set<PartyRole> consentOf =
        LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);
    private boolean representativesWhereElected = false;
    private Staffing staffing = Staffing.anyPair();
    private boolean actionPlanToEnd = true;
    private Set<FormatId> noActionPlanFor = LinkedHashSet.empty();
    private boolean followUpReviewToClose = true;
    private Seq<WorkflowStep> steps = List.empty();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Whether a pre-diagnosis must come before qualifying (the default) or may be skipped.
     *
     * @param required true when required
     * @return this builder
     */
    public Builder preDiagnosisRequired(boolean required) {
      this.preDiagnosisRequired = required;
      return this;
    }

    /**
     * Whether qualifying needs the application a call for applications selected, recorded by the
     * engagement before it is qualified (default: no). A programme whose applicants a call selects
     * says yes.
     *
     * @param required true when required
     * @return this builder
     */
    public Builder selectionRequired(boolean required) {
      this.selectionRequired = required;
      return this;
    }

    /**
     * The parties whose consent the framing needs (default: management and staff
     * representatives).
     *
     * @param parties the parties, in order, not null
     * @return this builder
     * @throws NullPointerException if parties is null (a programmer error)
     */
    public Builder consentOf(Set<PartyRole> parties) {
      this.consentOf = requireNonNull(parties, "parties");
      return this;
    }

    /**
     * Whether staff representatives consent only where the structure has some (default: no,
     * wherever {@link #consentOf(Set)} names them). A programme whose seed serves "les relations
     * professionnelles du quotidien" as well as the representative bodies says yes.
     *
     * @param whereElected true when a structure known to have none is not asked for theirs
     * @return this builder
     */
    public Builder representativesWhereElected(boolean whereElected) {
      this.representativesWhereElected = whereElected;
      return this;
    }

    /**
     * Who may be assigned (default: a pair of any kind).
     *
     * @param staffing the staffing rule, not null
     * @return this builder
     * @throws NullPointerException if staffing is null (a programmer error)
     */
    public Builder staffing(Staffing staffing) {
      this.staffing = requireNonNull(staffing, "staffing");
      return this;
    }

    /**
     * Whether ending the intervention needs an adopted action plan (default: yes). A programme
     * whose every format ends without one says no.
     *
     * @param required true when required
     * @return this builder
     */
    public Builder actionPlanToEnd(boolean required) {
      this.actionPlanToEnd = required;
      return this;
    }

    /**
     * The formats whose engagements end without an action plan, such as a training (default:
     * none). The format of an engagement is the one its pre-diagnosis proposed.
     *
     * @param formats the formats, not null
     * @return this builder
     * @throws NullPointerException if formats is null (a programmer error)
     */
    public Builder noActionPlanFor(Set<FormatId> formats) {
      this.noActionPlanFor = requireNonNull(formats, "formats");
      return this;
    }

    /**
     * Whether closing needs a follow-up review (default: yes).
     *
     * @param required true when required
     * @return this builder
     */
    public Builder followUpReviewToClose(boolean required) {
      this.followUpReviewToClose = required;
      return this;
    }

    /**
     * Adds the next named step.
     *
     * @param id the step's identifier, not null
     * @param name its name in French and English, not null
     * @param stages the stages it covers, not null
     * @param formats the formats delivered in it, not null
     * @return this builder
     * @throws NullPointerException if an argument is null (a programmer error)
     */
    public Builder step(String id, Text name, Set<EngagementStage> stages,
        Set<FormatId> formats) {
      this.steps = steps.append(new WorkflowStep(id, name, stages, formats));
      return this;
    }

    /**
     * Checks the workflow and assembles its lifecycle: refused, with every error found, when no
     * party consents, no kind of facilitator may be assigned, a step covers no stage, shares one
     * with another step, repeats an identifier or comes out of order, or the assembled lifecycle
     * is itself invalid.
     *
     * @return the workflow, or every error in it; never null
     */
    public Validation<Seq<Reason>, Workflow> build() {
      Seq<Reason> errors = List.empty();
      if (consentOf.isEmpty()) {
        errors = errors.append(new WorkflowError.NoConsentingParty());
      }
      if (staffing.kinds().isEmpty()) {
        errors = errors.append(new WorkflowError.NoFacilitatorKind());
      }
      errors = errors.appendAll(stepErrors());
      if (!errors.isEmpty()) {
        return Validation.invalid(errors);
      }
      Builder b = this;
      return EngagementWorkflow.assemble(new Workflow(this, null))
          .<Seq<Reason>>mapError(e -> e.map(r -> r))
          .map(lifecycle -> new Workflow(b, lifecycle));
    }

    private Seq<Reason> stepErrors() {
      Seq<Reason> errors = List.empty();
      Set<String> ids = HashSet.empty();
      Set<EngagementStage> covered = HashSet.empty();
      int last = -1;
      for (WorkflowStep step : steps) {
        if (ids.contains(step.id())) {
          errors = errors.append(malformed(step, WorkflowError.Problem.DUPLICATE_ID));
        }
        ids = ids.add(step.id());
        if (step.stages().isEmpty()) {
          errors = errors.append(malformed(step, WorkflowError.Problem.NO_STAGE));
          continue;
        }
        if (step.stages().exists(covered::contains)) {
          errors = errors.append(malformed(step, WorkflowError.Problem.SHARED_STAGE));
        }
        covered = covered.addAll(step.stages());
        int first = step.stages().map(Enum::ordinal).min().get();
        if (first < last) {
          errors = errors.append(malformed(step, WorkflowError.Problem.OUT_OF_ORDER));
        }
        last = Math.max(last, step.stages().map(Enum::ordinal).max().get());
      }
      return errors;
    }

    private static Reason malformed(WorkflowStep step, WorkflowError.Problem problem) {
      return new WorkflowError.StepMalformed(step.id(), problem);
    }
  }
}
