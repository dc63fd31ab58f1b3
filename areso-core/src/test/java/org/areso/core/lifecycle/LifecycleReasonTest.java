package org.areso.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.junit.jupiter.api.Test;

/** What a badly defined lifecycle and an impossible history say, in French and in English. */
class LifecycleReasonTest {

  record Said(Reason reason, String code, String fr, String en) { }

  static void assertSays(List<Said> expected) {
    assertThat(expected).allSatisfy(said -> {
      assertThat(said.reason().code()).isEqualTo(said.code());
      assertThat(said.reason().message(Language.FR)).isEqualTo(said.fr());
      assertThat(said.reason().message(Language.EN)).isEqualTo(said.en());
    });
  }

  @Test
  void eachDefinitionErrorNamesTheStageAndTransitionInBothLanguages() {
    assertSays(List.of(
        new Said(new DefinitionError.NoStart(), "LIFECYCLE_WITHOUT_START",
            "Le cycle de vie n'a pas de transition de départ.",
            "The lifecycle has no starting transition."),
        new Said(new DefinitionError.UnreachableStage("ORPHAN"), "UNREACHABLE_STAGE",
            "L'étape ORPHAN ne peut être atteinte depuis le départ.",
            "Stage ORPHAN cannot be reached from the start."),
        new Said(new DefinitionError.DeadEnd("REVIEW"), "DEAD_END_STAGE",
            "L'étape REVIEW n'est pas finale mais n'a aucune sortie.",
            "Stage REVIEW is not terminal but has no way out."),
        new Said(new DefinitionError.TerminalWithExit("DONE", "reopen"),
            "TERMINAL_STAGE_WITH_EXIT", "L'étape finale DONE a une sortie : reopen.",
            "Terminal stage DONE has a way out: reopen."),
        new Said(new DefinitionError.Ambiguous("OPEN", "Submit"), "AMBIGUOUS_TRANSITION",
            "L'étape OPEN a deux transitions pour Submit.",
            "Stage OPEN has two transitions for Submit.")));
  }

  @Test
  void eachHistoryErrorSaysWhichEventAndVersionInBothLanguages() {
    assertSays(List.of(
        new Said(new HistoryError.Empty(), "HISTORY_EMPTY",
            "L'historique ne contient aucun événement.", "The history holds no event."),
        new Said(new HistoryError.ForbiddenEvent(4, "DONE", "Dropped"),
            "EVENT_FORBIDDEN_IN_STAGE",
            "L'événement Dropped (version 4) est impossible à l'étape DONE.",
            "Event Dropped (version 4) cannot happen in stage DONE."),
        new Said(new HistoryError.VersionGap(2, 3), "VERSION_GAP",
            "Version 2 attendue, version 3 trouvée : un événement manque ou est déplacé.",
            "Version 2 expected, version 3 found: an event is missing or out of place."),
        new Said(new HistoryError.VersionRepeated(4, 3), "VERSION_REPEATED",
            "Version 4 attendue, version 3 déjà vue : un événement est en double ou déplacé.",
            "Version 4 expected, version 3 already seen: an event is duplicated or out of place."),
        new Said(new HistoryError.ForeignEvent(2, "T-1", "T-9"), "FOREIGN_EVENT",
            "L'événement de version 2 concerne « T-9 », pas « T-1 ».",
            "The event of version 2 belongs to 'T-9', not 'T-1'."),
        new Said(new HistoryError.ContextMismatch("P-1", "P-2"), "CONTEXT_MISMATCH",
            "L'historique a été enregistré pour « P-2 », pas pour « P-1 ».",
            "The history was recorded for 'P-2', not for 'P-1'."),
        new Said(new HistoryError.UnexpectedVersion(3, 2), "HISTORY_VERSION_UNEXPECTED",
            "L'historique s'arrête à la version 2 alors que la version 3 est attendue : des"
                + " événements manquent à la fin.",
            "The history ends at version 2 where version 3 is expected: events are missing at"
                + " its end."),
        new Said(new HistoryError.UnexpectedVersion(2, 3), "HISTORY_VERSION_UNEXPECTED",
            "L'historique s'arrête à la version 3 alors que la version 2 est attendue : des"
                + " événements ont été ajoutés.",
            "The history ends at version 3 where version 2 is expected: events were added to"
                + " it.")));
  }
}
