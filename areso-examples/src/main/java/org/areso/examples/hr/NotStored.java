package org.areso.examples.hr;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.jdbc.StoreError;

/**
 * Why the event store did not do what a step asked, as a {@link Reason} the HR system shows in
 * French or English: the {@link StoreError} of {@code areso-jdbc}, its code kept. Like the store's
 * errors, no message quotes a stored payload or a database's message, so nothing sensitive reaches
 * a screen or a log through it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param error the store's error, not null
 */
public record NotStored(StoreError error) implements Reason {

  /** Creates the reason. @throws NullPointerException if error is null */
  public NotStored {
    requireNonNull(error, "error");
  }

  /** @return the store's code, such as {@code VERSION_CONFLICT} */
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
              + conflict.actual() + " enregistrée, version " + conflict.expected() + " attendue."
          : "Engagement " + conflict.engagement() + " has changed: version " + conflict.actual()
              + " is stored, version " + conflict.expected() + " was expected.";
    }
    if (error instanceof StoreError.Undecodable row) {
      return fr
          ? "L'événement " + row.version() + " de l'accompagnement " + row.engagement()
              + " est illisible (" + row.problem() + ")."
          : "Event " + row.version() + " of engagement " + row.engagement()
              + " is unreadable (" + row.problem() + ").";
    }
    if (error instanceof StoreError.Unencodable event) {
      return fr
          ? "L'événement " + event.version() + " de l'accompagnement " + event.engagement()
              + " n'a pas pu être écrit ; rien n'a été enregistré."
          : "Event " + event.version() + " of engagement " + event.engagement()
              + " could not be written; nothing was stored.";
    }
    if (error instanceof StoreError.HistoryRefused history) {
      return fr
          ? "L'historique de l'accompagnement " + history.engagement() + " ne se rejoue pas : "
              + history.error().message(language)
          : "The history of engagement " + history.engagement() + " does not replay: "
              + history.error().message(language);
    }
    if (error instanceof StoreError.NotFound notFound) {
      return fr
          ? "Aucun événement enregistré pour l'accompagnement " + notFound.engagement() + "."
          : "No event is stored for engagement " + notFound.engagement() + ".";
    }
    if (error instanceof StoreError.DatabaseFailure failure) {
      return fr
          ? "La base d'événements a échoué (" + failure.operation() + ", état SQL "
              + failure.sqlState() + ") ; rien n'a été enregistré."
          : "The event database failed (" + failure.operation() + ", SQL state "
              + failure.sqlState() + "); nothing was stored.";
    }
    StoreError.UnsupportedDatabase unsupported = (StoreError.UnsupportedDatabase) error;
    return fr
        ? "La base " + unsupported.product() + " n'est pas prise en charge (H2 ou PostgreSQL)."
        : "Database " + unsupported.product() + " is not supported (H2 or PostgreSQL).";
  }
}
