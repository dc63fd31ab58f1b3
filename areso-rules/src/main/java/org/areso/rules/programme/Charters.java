package org.areso.rules.programme;

import org.areso.core.ethics.Charter;
import org.areso.core.ethics.Principle;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;

/**
 * The charters of the five programmes, in the words of their own texts (French, as published;
 * English, a translation). Where a text names no term (k for aggregates, the attendance
 * threshold, the paid-work look-back), the {@link Charter} defaults apply unless said otherwise
 * below; each choice is listed in {@code docs/ASSUMPTIONS.md}.
 */
public final class Charters {

  private Charters() { }

  private static LegalReference text(String code, String article) {
    return LegalReference.builder().page().code(code).article(article).verified(true).build()
        .getOrElseThrow(() -> new IllegalStateException("invalid reference " + code));
  }

  private static Charter build(Charter.Builder builder) {
    return builder.build().toEither().getOrElseThrow(
        errors -> new IllegalStateException("invalid charter: " + errors));
  }

  /**
   * {@code areso}: the six principles of Areso.
   *
   * @return the charter, never null
   */
  public static Charter areso() {
    return ARESO;
  }

  /**
   * {@code areso-social-2023}: the five principles, with anonymity towards supervising
   * authorities, and freedom and adhesion, which its preamble makes binding ("la démarche n'est
   * possible que si les personnes sont volontaires…").
   *
   * @return the charter, never null
   */
  public static Charter aresoSocial2023() {
    return ARESO_SOCIAL_2023;
  }

  /**
   * {@code soreso}: the five principles its experts guarantee.
   *
   * @return the charter, never null
   */
  public static Charter soreso() {
    return SORESO;
  }

  /**
   * {@code aura-dialogue-qvt}: voluntary, tripartite and assiduous participation; attendance is
   * required (threshold 100 % of the last 3 sessions, an assumption).
   *
   * @return the charter, never null
   */
  public static Charter auraDialogueQvt() {
    return AURA_DIALOGUE_QVT;
  }

  /**
   * {@code workplace-social-service}: the social worker as a trusted third party, listening in
   * confidence, in a stance of neutrality; the employer sees figures only over at least 5 cases.
   *
   * @return the charter, never null
   */
  public static Charter workplaceSocialService() {
    return WORKPLACE_SOCIAL_SERVICE;
  }

  private static final Charter ARESO = build(Charter.builder("areso",
          text("Areso (Anact-Aract)", "Les 6 principes d'Areso"))
      .article(Principle.FREEDOM, Text.of(
          "La liberté des parties : les acteurs de l’entreprise sont libres de participer et de"
              + " s’engager ou non dans la démarche Areso.",
          "Freedom of the parties: the company's actors are free to take part and to commit to"
              + " the Areso approach or not."))
      .article(Principle.ADHESION, Text.of(
          "L’adhésion des parties : la démarche n'est possible que si les acteurs s’impliquent et"
              + " s’engagent sincèrement à contribuer à l’amélioration des relations sociales.",
          "Adhesion of the parties: the approach is only possible if the actors get involved and"
              + " sincerely commit to improving social relations."))
      .article(Principle.RESPONSIBILITY, Text.of(
          "La responsabilité : l’intervenant-facilitateur est responsable de la forme et de la"
              + " dynamique. Les parties sont responsables du fond.",
          "Responsibility: the facilitator is responsible for the form and the dynamics. The"
              + " parties are responsible for the substance."))
      .article(Principle.NEUTRALITY, Text.of(
          "La neutralité : l’intervenant-facilitateur ne donne pas d’avis sur le contenu des"
              + " discussions et débats.",
          "Neutrality: the facilitator gives no opinion on the content of discussions and"
              + " debates."))
      .article(Principle.IMPARTIALITY, Text.of(
          "L’impartialité : l’intervenant-facilitateur ne prend partie pour aucune des parties.",
          "Impartiality: the facilitator takes no side."))
      .article(Principle.CONFIDENTIALITY, Text.of(
          "La confidentialité : l’intervenant-facilitateur ne divulgue pas les données sensibles"
              + " auxquelles il a accès.",
          "Confidentiality: the facilitator does not disclose the sensitive data they have"
              + " access to.")));

  private static final Charter ARESO_SOCIAL_2023 = build(Charter.builder("areso-social-2023",
          text("Areso secteur social (Anact)", "Les 5 principes d'Areso"))
      .anonymityTowardsSupervisingAuthorities(true)
      // the preamble binds freedom and adhesion although the five listed principles omit them
      .article(Principle.FREEDOM, Text.of(
          "La démarche n'est possible que si les personnes sont volontaires […]. L'accompagnement"
              + " Areso nécessite à ce titre l'accord de la direction et des représentants des"
              + " salariés au démarrage.",
          "The approach is only possible if the people are volunteers […]. The Areso"
              + " accompaniment therefore needs the agreement of management and of the staff"
              + " representatives at the start."))
      .article(Principle.ADHESION, Text.of(
          "La démarche n'est possible que si les personnes […] s’engagent sincèrement à"
              + " contribuer à l’amélioration des relations sociales.",
          "The approach is only possible if the people […] sincerely commit to improving social"
              + " relations."))
      .article(Principle.INDEPENDENCE, Text.of(
          "Indépendance : le facilitateur ne prend partie pour aucune des parties.",
          "Independence: the facilitator takes no side."))
      .article(Principle.NEUTRALITY, Text.of(
          "Neutralité : le facilitateur n'intervient pas sur les sujets de tension ou sur les"
              + " contenus mais sur la capacité à dialoguer.",
          "Neutrality: the facilitator works not on the subjects of tension or the content but"
              + " on the capacity to dialogue."))
      .article(Principle.IMPARTIALITY, Text.of(
          "Impartialité : le facilitateur ne prend partie pour aucune des parties.",
          "Impartiality: the facilitator takes no side."))
      .article(Principle.RESPONSIBILITY, Text.of(
          "Responsabilité : le facilitateur est responsable de la forme et de la dynamique de la"
              + " démarche; les participants sont responsables du fond.",
          "Responsibility: the facilitator is responsible for the form and the dynamics of the"
              + " approach; the participants are responsible for the substance."))
      .article(Principle.CONFIDENTIALITY, Text.of(
          "Confidentialité : le facilitateur ne divulgue pas les données sensibles auxquelles il"
              + " a accès et respecte le principe d'anonymat (aucune information n'est remontée"
              + " aux tutelles).",
          "Confidentiality: the facilitator does not disclose the sensitive data they have"
              + " access to and keeps anonymity (no information goes up to the supervising"
              + " authorities).")));

  private static final Charter SORESO = build(Charter.builder("soreso",
          text("SORESO (Optimance, ISQVT)", "1re étape : principes garantis par les experts"))
      .article(Principle.INDEPENDENCE, Text.of(
          "Nos experts sont garants de plusieurs principes : indépendance.",
          "Our experts guarantee several principles: independence.",
          "Unsere Fachleute garantieren mehrere Grundsätze: Unabhängigkeit.",
          "I nostri esperti garantiscono diversi principi: indipendenza."))
      .article(Principle.NEUTRALITY, Text.of(
          "Nos experts sont garants de plusieurs principes : neutralité.",
          "Our experts guarantee several principles: neutrality.",
          "Unsere Fachleute garantieren mehrere Grundsätze: Neutralität.",
          "I nostri esperti garantiscono diversi principi: neutralità."))
      .article(Principle.IMPARTIALITY, Text.of(
          "Nos experts sont garants de plusieurs principes : impartialité.",
          "Our experts guarantee several principles: impartiality.",
          "Unsere Fachleute garantieren mehrere Grundsätze: Unparteilichkeit.",
          "I nostri esperti garantiscono diversi principi: imparzialità."))
      .article(Principle.RESPONSIBILITY, Text.of(
          "Nos experts sont garants de plusieurs principes : responsabilité.",
          "Our experts guarantee several principles: responsibility.",
          "Unsere Fachleute garantieren mehrere Grundsätze: Verantwortung.",
          "I nostri esperti garantiscono diversi principi: responsabilità."))
      .article(Principle.CONFIDENTIALITY, Text.of(
          "Nos experts sont garants de plusieurs principes : confidentialité.",
          "Our experts guarantee several principles: confidentiality.",
          "Unsere Fachleute garantieren mehrere Grundsätze: Vertraulichkeit.",
          "I nostri esperti garantiscono diversi principi: riservatezza.")));

  private static final Charter AURA_DIALOGUE_QVT = build(Charter.builder("aura-dialogue-qvt",
          text("Uriopss et Aract Auvergne-Rhône-Alpes",
              "Dialogue social, levier de l’amélioration de la qualité de vie au travail"))
      .attendance(100, 3)
      .article(Principle.FREEDOM, Text.of(
          "Des « associations pilotes » qui y ont participé volontairement.",
          "'Pilot associations' that took part voluntarily."))
      .article(Principle.ADHESION, Text.of(
          "Une implication tripartite des représentants des associations (gouvernance -"
              + " direction - élus du personnel) ; une assiduité dans la contribution des groupes"
              + " d’acteurs tant sur les temps collectifs qu’individuels.",
          "Tripartite involvement of the associations' representatives (governance -"
              + " management - elected staff representatives); assiduous contribution of the"
              + " groups of actors in collective and individual sessions alike.")));

  private static final Charter WORKPLACE_SOCIAL_SERVICE = build(Charter.builder(
          "workplace-social-service",
          text("Service social du travail", "L’assistant social du travail"))
      .article(Principle.IMPARTIALITY, Text.of(
          "L’assistant social du travail agit comme un médiateur social, un tiers de confiance"
              + " et un acteur de prévention.",
          "The workplace social worker acts as a social mediator, a trusted third party and a"
              + " prevention actor."))
      .article(Principle.NEUTRALITY, Text.of(
          "Grâce à cette posture d’accompagnement et de neutralité, l’assistant social renforce"
              + " la confiance entre les salariés et l’entreprise.",
          "Through this stance of support and neutrality, the social worker strengthens trust"
              + " between the employees and the company."))
      .article(Principle.CONFIDENTIALITY, Text.of(
          "Par son écoute confidentielle et sa connaissance fine des réalités sociales.",
          "Through confidential listening and a close knowledge of social realities."))
      // "sensibiliser les équipes et les managers": its collective actions meet one group by
      // design, so sessions with one party are not a sign of partiality here
      .oneSidedSessionsTolerated(Integer.MAX_VALUE));
}
