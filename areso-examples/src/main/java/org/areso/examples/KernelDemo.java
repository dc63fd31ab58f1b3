package org.areso.examples;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintStream;
import java.time.YearMonth;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import java.util.Locale;
import org.areso.core.kernel.Qualification;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;

/**
 * What a host sees of Areso's shared vocabulary: structures read from the text a person typed,
 * with every refusal as a typed reason in French or English.
 *
 * <p>The whole engagement story (eligibility, charter, plan, lifecycle) joins this demo as the
 * engines land.
 */
final class KernelDemo {

  private final PrintStream out;
  private final Locale language;
  private final Page page;

  KernelDemo(PrintStream out, Locale language) {
    this.out = out;
    this.language = language;
    this.page = new Page(out, language);
  }

  void run() {
    page.title(Text.of("Areso — le vocabulaire partagé", "Areso — the shared vocabulary",
        "Areso — das gemeinsame Vokabular", "Areso — il vocabolario condiviso"));

    page.section(Text.of("1. Un établissement social, tel que l'hôte le saisit",
        "1. A social establishment, as the host typed it",
        "1. Eine soziale Einrichtung, wie der Host sie erfasst hat",
        "1. Un istituto sociale, come l'host lo ha inserito"));
    Validation<Seq<Reason>, Structure> chrs = Structure.builder()
        .name("CHRS Les Tilleuls")
        .siret("732 829 320 00074")
        .finess("750712184")
        .country("FR").departement("75")
        .casfItems("8")
        .fundingSources("P177|ARS")
        .staffRepresentation("")
        .build();
    show(chrs);

    page.section(Text.of("2. La même saisie avec des fautes : toutes sont signalées",
        "2. The same input with mistakes: every one is reported",
        "2. Dieselbe Eingabe mit Fehlern: Jeder wird gemeldet",
        "2. Lo stesso inserimento con errori: ognuno è segnalato"));
    show(Structure.builder()
        .siret("732 829 320 00075")
        .finess("75071218")
        .country("FR").canton("VD")
        .headcount("-4")
        .casfItems("8|19")
        .fundingSources("P177|BANQUE")
        .staffRepresentation("peut-être")
        .build());

    page.section(Text.of("3. Un EMS vaudois", "3. A care home in Vaud",
        "3. Ein Pflegeheim im Kanton Waadt", "3. Una casa di cura nel Canton Vaud"));
    show(Structure.builder().name("EMS La Colline").country("CH").canton("VD")
        .uid("CHE-123.456.788").legalForm("fondation").headcount("80").build());

    page.section(Text.of("4. Les intervenants et la fenêtre du programme",
        "4. The facilitators and the programme's window",
        "4. Die Fachpersonen und der Zeitraum des Programms",
        "4. I facilitatori e il periodo del programma"));
    Facilitator anact = Facilitator.of(FacilitatorId.of("F-ANACT-1").get(),
        FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER);
    Facilitator consultant = Facilitator.of(FacilitatorId.of("F-CONS-7").get(),
        FacilitatorKind.INDEPENDENT_CONSULTANT);
    out.println(Facilitators.pair(anact, consultant).fold(this::reasons, pair ->
        "  " + pair.members().map(f -> f.id() + " (" + f.kind().label().in(language) + ")")
            .mkString(" + ")));
    out.println(Facilitators.pair(anact, anact).fold(this::reasons, pair -> "  " + pair));
    Facilitator socialWorker = Facilitator.of(FacilitatorId.of("F-AST-3").get(),
        FacilitatorKind.SOCIAL_WORKER).withQualification(Qualification.SOCIAL_WORKER_TITLE);
    out.println("  " + Facilitators.one(socialWorker).members().map(f -> f.id() + " ("
        + f.kind().label().in(language) + ", " + f.qualifications().map(q ->
            q.label().in(language) + q.reference().map(r -> ", " + r.citation()).getOrElse(""))
        .mkString(", ") + ")").mkString());
    out.println(DateWindow.months(YearMonth.of(2023, 7), YearMonth.of(2024, 4))
        .fold(this::reasons, window -> "  " + window));
    out.println(DateWindow.months(YearMonth.of(2024, 4), YearMonth.of(2023, 7))
        .fold(this::reasons, window -> "  " + window));
  }

  private void show(Validation<Seq<Reason>, Structure> structure) {
    out.println(structure.fold(this::reasons, this::describe));
  }

  private String describe(Structure s) {
    String unknown = Text.of("inconnu", "unknown", "unbekannt", "sconosciuto").in(language);
    return String.join("\n",
        "  " + Text.of("nom", "name", "Name", "nome").in(language) + " : "
            + s.name().getOrElse(unknown),
        "  SIREN / SIRET : " + s.siren().map(Object::toString).getOrElse(unknown) + " / "
            + s.siret().map(Object::toString).getOrElse(unknown),
        "  FINESS : " + s.finess().map(Object::toString).getOrElse(unknown),
        "  UID : " + s.uid().map(Object::toString).getOrElse(unknown),
        "  " + Text.of("lieu", "place", "Ort", "luogo").in(language) + " : "
            + s.country().map(Object::toString).getOrElse(unknown) + " "
            + s.departement().map(Object::toString).getOrElse("")
            + s.region().map(r -> " (" + r.frenchName() + ")").getOrElse("")
            + s.canton().map(c -> c.frenchName()).getOrElse(""),
        "  CASF L.312-1 I : " + s.casfItems().map(i -> i.map(x -> x.number() + "°").mkString(", "))
            .getOrElse(unknown),
        "  " + Text.of("financeurs", "funders", "Geldgeber", "finanziatori")
            .in(language) + " : "
            + s.fundingSources().map(f -> f.mkString(", ")).getOrElse(unknown),
        "  " + Text.of("représentation du personnel", "staff representation",
            "Personalvertretung", "rappresentanza del personale").in(language) + " : "
            + s.hasStaffRepresentation()
                .map(b -> (b ? Text.of("oui", "yes", "ja", "sì")
                    : Text.of("non", "no", "nein", "no")).in(language))
                .getOrElse(unknown));
  }

  private String reasons(Seq<Reason> reasons) {
    return reasons.map(r -> "  ✗ " + r.code() + " — " + r.message(language)).mkString("\n");
  }


}
