package org.areso.rules.programme;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.areso.core.kernel.Text;
import org.areso.core.programme.Outcome;

/**
 * The outcomes the programmes' own texts list, which a closing assessment records as reached.
 * Only seed 001 lists them ("Cet accompagnement permet de : …"); the other seeds list none, so
 * their programmes have none.
 */
final class Outcomes {

  private static final Map<String, Seq<Outcome>> BY_PROGRAMME = HashMap.of(
      "areso-social-2023", List.of(
          new Outcome("listening-and-trust", Text.of(
              "créer les conditions favorables à l'écoute et l'expression des points de vue dans"
                  + " un climat de confiance",
              "create the conditions for listening and expressing views in a climate of trust")),
          new Outcome("dialogue-restored", Text.of(
              "maintenir ou restaurer le dialogue entre les parties prenantes de l'établissement",
              "maintain or restore dialogue between the establishment's stakeholders")),
          new Outcome("debate-and-rules", Text.of(
              "retrouver la capacité à débattre, à faciliter la concertation et se donner de"
                  + " nouvelles règles de fonctionnement et d'échanges",
              "regain the capacity to debate, ease consultation and agree on new rules of"
                  + " working and exchange")),
          new Outcome("lasting-dialogue", Text.of(
              "construire les bases d'un dialogue social constructif et durable",
              "build the foundations of a constructive and lasting social dialogue"))));

  private Outcomes() { }

  /**
   * The outcomes a programme's text lists.
   *
   * @param programme the programme's identifier, not null
   * @return its outcomes, in the text's order; none when its text lists none
   */
  static Seq<Outcome> of(String programme) {
    return BY_PROGRAMME.get(requireNonNull(programme, "programme")).getOrElse(List.empty());
  }
}
