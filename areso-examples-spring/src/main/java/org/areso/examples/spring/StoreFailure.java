package org.areso.examples.spring;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.jdbc.StoreError;

/**
 * Why the event store did not do what a request asked, as a {@link Reason} the API shows in French
 * or English: {@code areso-jdbc}'s {@link StoreError}, its code kept. No message quotes a stored
 * payload or a database's message.
 *
 * @param error the store's error, not null
 */
record StoreFailure(StoreError error) implements Reason {

  /** Creates the reason. @throws NullPointerException if error is null */
  StoreFailure {
    requireNonNull(error, "error");
  }

  @Override
  public String code() {
    return error.code();
  }

  @Override
  public String message(Language language) {
    boolean fr = requireNonNull(language, "language") == Language.FR;
    if (error instanceof StoreError.VersionConflict conflict) {
      return fr
          ? "L'accompagnement " + conflict.engagement() + " a changé : version "
              + conflict.actual() + " enregistrée, version " + conflict.expected()
              + " attendue ; rechargez et recommencez."
          : "Engagement " + conflict.engagement() + " has changed: version " + conflict.actual()
              + " is stored, version " + conflict.expected() + " was expected; reload and try"
              + " again.";
    } else if (error instanceof StoreError.NotFound notFound) {
      return fr
          ? "Aucun accompagnement " + notFound.engagement() + " n'est enregistré."
          : "No engagement " + notFound.engagement() + " is stored.";
    } else if (error instanceof StoreError.HistoryRefused history) {
      return fr
          ? "L'historique de l'accompagnement " + history.engagement() + " ne se rejoue pas : "
              + history.error().message(language)
          : "The history of engagement " + history.engagement() + " does not replay: "
              + history.error().message(language);
    } else if (error instanceof StoreError.Undecodable row) {
      return fr
          ? "L'événement " + row.version() + " de l'accompagnement " + row.engagement()
              + " est illisible (" + row.problem() + ")."
          : "Event " + row.version() + " of engagement " + row.engagement() + " is unreadable ("
              + row.problem() + ").";
    } else if (error instanceof StoreError.DatabaseFailure failure) {
      return fr
          ? "La base d'événements a échoué (" + failure.operation() + ", état SQL "
              + failure.sqlState() + ") ; rien n'a été enregistré."
          : "The event database failed (" + failure.operation() + ", SQL state "
              + failure.sqlState() + "); nothing was stored.";
    }
    return fr
        ? "Le magasin d'événements a refusé la demande (" + error.code() + ") ; rien n'a été"
            + " enregistré."
        : "The event store refused the request (" + error.code() + "); nothing was stored.";
  }
}
