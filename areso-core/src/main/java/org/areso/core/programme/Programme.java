package org.areso.core.programme;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.ethics.Charter;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.Text;
import org.areso.core.planning.Format;
import org.areso.core.kernel.DateWindow;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Workflow;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Structure;

/**
 * A support programme (dispositif), as far as an engagement needs it: who must consent, which
 * formats it offers, whether a pre-diagnosis comes first, and the delays behind obligations.
 *
 * <p>Only {@link #id()}, {@link #name()}, {@link #policy()}, {@link #formats()} and
 * {@link #charter()} must be given; every other method has the default of
 * the generic ARESO scheme. Implementations must be immutable and thread-safe, and equal when their
 * terms are equal (records are a good fit): an engagement compares its programme.
 */
public interface Programme {

  /**
   * The programme's stable identifier, such as {@code areso-social-2023}.
   *
   * @return the identifier, never null
   */
  String id();

  /**
   * The programme's name for people, in French and English.
   *
   * @return the name, never null
   */
  Text name();

  /**
   * The programme's eligibility policy, whose identifier is the programme's {@link #id()}.
   *
   * @return the policy, never null
   */
  Policy policy();

  /**
   * Decides whether a structure is eligible for a request made on a day: the programme's policy
   * over the structure's facts and the request date. A policy that reads other facts (the format,
   * the context) says what it misses; give them with {@link Policy#evaluate} over {@link Facts}.
   *
   * @param structure the structure, not null
   * @param requestDate the day of the request, not null
   * @return the explained decision, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  default Decision decide(Structure structure, LocalDate requestDate) {
    return policy().evaluate(Facts.of(structure).requestDate(requestDate));
  }

  /**
   * Decides whether a structure is eligible for a request of one format made on a day, for a
   * policy whose rules depend on the format (such as {@code areso}'s joint training, which needs
   * staff representatives).
   *
   * @param structure the structure, not null
   * @param requestDate the day of the request, not null
   * @param format the format asked for, not null
   * @return the explained decision, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  default Decision decide(Structure structure, LocalDate requestDate, FormatId format) {
    return policy().evaluate(Facts.of(structure).requestDate(requestDate)
        .format(format.value()));
  }

  /**
   * The duration policy of each offered format, for the planner: one per {@link #formats()}
   * element, whose {@link Format#id()} is that format's {@link FormatId#value()}. Default: none
   * (the programme plans nothing through Areso).
   *
   * @return the durations, never null
   */
  default Seq<Format> durations() {
    return List.empty();
  }

  /**
   * The contexts the programme accepts a request in; a pre-diagnosis in another context is
   * refused. Default: curative, preventive and learning.
   *
   * @return the contexts, never null, never empty
   */
  default Set<InterventionContext> contexts() {
    return LinkedHashSet.of(InterventionContext.values());
  }

  /**
   * The formats the programme offers.
   *
   * @return the formats, never null, never empty
   */
  Set<FormatId> formats();

  /**
   * The formats a pre-diagnosis may propose as the intervention's strategy: where the workflow
   * names steps, those of its formats that the step the intervention runs in lists (SORESO's
   * collective accompaniment, not its first meeting nor its validation meeting, which are steps
   * on the way); all of them otherwise.
   *
   * @return the formats, never null
   */
  default Set<FormatId> proposableFormats() {
    if (workflow().steps().isEmpty()) {
      return formats();  // most programmes: no lookup, nothing allocated
    }
    return workflow().stepOf(EngagementStage.IN_PROGRESS)
        .map(step -> formats().filter(step.formats()::contains))
        .getOrElse(this::formats);
  }

  /**
   * The programme's ethical charter: its principles, in its own words, checked as guards on the
   * engagement's commands and by {@link Charter#audit}.
   *
   * @return the charter, never null
   */
  Charter charter();

  /**
   * What the programme's engagements go through, as it declares it: pre-diagnosis, whose consent,
   * who may be assigned, what ending and closing need, its named steps. {@link
   * Workflow#standard()} is the workflow most programmes share.
   *
   * @return the workflow, never null
   */
  Workflow workflow();

  /**
   * The parties whose consent is required before the intervention starts, and who validate the
   * framing and the action plan: the workflow's, for any structure. Where the workflow asks the
   * staff representatives only of a structure that has some ({@link
   * Workflow#representativesWhereElected()}, as {@code soreso} and {@code areso} do), the parties
   * of one engagement are {@code workflow().consentOf(structure)}.
   *
   * @return the consenting parties, never null, never empty
   */
  default Set<PartyRole> consentingParties() {
    return workflow().consentOf();
  }

  /**
   * The outcomes the programme's text says its engagements aim at, which a closing assessment
   * records by their identifiers ({@link org.areso.core.engagement.Assessment#outcomes()}).
   * Default: none listed.
   *
   * @return the outcomes, in the text's order, never null
   */
  default Seq<Outcome> outcomes() {
    return List.empty();
  }

  /**
   * How long a consenting party may take to answer once the framing is proposed, after which the
   * consent is overdue. Default (an assumption, nothing public fixes it): 30 days.
   *
   * @return the delay, never null
   */
  default Period consentDelay() {
    return Period.ofDays(30);
  }

  /**
   * How long after the intervention ends the follow-up review is due. Default: six months, when the
   * seeds report the effects of an intervention.
   *
   * @return the delay, never null
   */
  default Period followUpDelay() {
    return Period.ofMonths(6);
  }

  /**
   * The window in which the programme accepts engagements, if it has one (such as July 2023 to
   * April 2024). Default: none.
   *
   * @return the window, never null
   */
  default Option<DateWindow> window() {
    return Option.none();
  }

  /**
   * How long before the window closes an engagement not yet started is warned. Default (an
   * assumption): 30 days.
   *
   * @return the notice, never null
   */
  default Period windowNotice() {
    return Period.ofDays(30);
  }
}
