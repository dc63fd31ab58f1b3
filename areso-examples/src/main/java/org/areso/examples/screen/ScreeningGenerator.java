package org.areso.examples.screen;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Random;
import org.areso.core.kernel.Finess;
import org.areso.core.kernel.Siret;

/**
 * What the {@code generate-screening} command writes ({@code areso-cli} reads its arguments): a
 * screening CSV of {@code N} rows, the same for the same seed.
 *
 * <p>The rows mix what a host's export holds: social establishments funded by a State budget
 * programme (eligible for a social-establishment programme on a date in its window), structures
 * funded only by health insurance or their own resources (not eligible), rows with the funding or
 * CASF items unknown (undetermined), Swiss structures, and about one row in twenty that cannot be
 * read (a wrong SIRET check digit, an unknown funder, a French structure with a canton, a blank
 * identifier, a negative headcount). Names hold commas and quotes, and some cells start with
 * {@code =} or {@code -}, to exercise quoting and spreadsheet safety. SIRET and FINESS numbers
 * carry valid check digits.
 */
public final class ScreeningGenerator {

  private static final String HEADER = "id,name,country,siret,finess,finess_category,casf_item,"
      + "funding,legal_form,headcount,staff_representation,region,departement,canton";
  private static final String[] DEPARTEMENTS = {"75", "69", "13", "33", "59", "57", "67", "44",
      "31", "34", "35", "21"};
  private static final String[] SOCIAL_NAMES = {"CHRS Les Tilleuls", "Foyer \"Le Phare\"",
      "ESAT de la Vallée", "Maison d'enfants Saint-Exupéry", "CADA Horizon, site nord",
      "Centre d'accueil La Passerelle"};
  private static final String[] COMPANY_NAMES = {"Menuiserie Dubois", "Transports Martin & fils",
      "Clinique du Parc", "Boulangerie \"Chez Paul\", Lyon", "Mutuelle des Artisans"};
  private static final String[] STATE_FUNDING = {"P177", "P177|ARS", "P304", "P303|DEPARTEMENT",
      "P157", "P182", "P104|REGION"};
  private static final String[] OTHER_FUNDING = {"ARS", "DEPARTEMENT", "OWN", "ARS|DEPARTEMENT",
      "REGION|OWN"};
  private static final String[] SOCIAL_ITEMS = {"8", "2", "7", "5a", "12", "8|12", "13"};
  private static final String[] CATEGORIES = {"214", "253", "246", "182", "443"};

  private ScreeningGenerator() {}

  /**
   * Writes a header and {@code rows} rows, the same for the same seed.
   *
   * @param out where to write, not null; not closed
   * @param rows the number of rows, not negative
   * @param seed the seed
   * @throws IOException when {@code out} cannot be written
   * @throws NullPointerException if out is null (a programmer error)
   */
  public static void write(Writer out, long rows, long seed) throws IOException {
    requireNonNull(out, "out");
    Writer buffered = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
    Random random = new Random(seed);
    StringBuilder line = new StringBuilder(256);
    buffered.write(HEADER);
    buffered.write('\n');
    for (long n = 1; n <= rows; n++) {
      line.setLength(0);
      row(line, n, random);
      buffered.append(line).append('\n');
    }
    buffered.flush();
  }

  private static void row(StringBuilder line, long n, Random random) {
    String[] cells = new String[14];
    java.util.Arrays.fill(cells, "");
    cells[0] = String.format("S%07d", n);
    int kind = random.nextInt(100);
    String departement = pick(random, DEPARTEMENTS);
    if (kind < 75) {
      cells[2] = "FR";
      cells[12] = departement;
      cells[3] = siret(random);
      cells[9] = Integer.toString(5 + random.nextInt(400));
      cells[10] = random.nextInt(10) < 8 ? "yes" : "no";
      if (kind < 40) {
        // a social establishment funded by a State budget programme
        cells[1] = pick(random, SOCIAL_NAMES);
        cells[4] = finess(random, departement);
        cells[5] = pick(random, CATEGORIES);
        cells[6] = pick(random, SOCIAL_ITEMS);
        cells[7] = pick(random, STATE_FUNDING);
        cells[8] = random.nextBoolean() ? "association" : "fondation";
      } else if (kind < 60) {
        // funded by health insurance, a local authority or its own resources only
        cells[1] = pick(random, COMPANY_NAMES);
        cells[6] = random.nextBoolean() ? pick(random, SOCIAL_ITEMS) : "";
        cells[7] = pick(random, OTHER_FUNDING);
        cells[8] = random.nextBoolean() ? "société" : "mutuelle";
      } else {
        // what the host does not know yet
        cells[1] = pick(random, SOCIAL_NAMES);
        cells[6] = random.nextBoolean() ? pick(random, SOCIAL_ITEMS) : "";
        cells[7] = cells[6].isEmpty() ? pick(random, STATE_FUNDING) : "";
        cells[10] = "";
      }
    } else if (kind < 85) {
      // a Swiss structure
      cells[1] = "Fondation Le Relais";
      cells[2] = "CH";
      cells[13] = random.nextBoolean() ? "VD" : "GE";
      cells[7] = "CANTON";
      cells[8] = "foundation";
      cells[9] = Integer.toString(10 + random.nextInt(90));
    } else if (kind < 95) {
      // a company whose export cells start like formulas
      cells[0] = random.nextBoolean() ? cells[0] : "-" + n;
      cells[1] = random.nextBoolean() ? "=HYPERLINK(\"http://example.org\",\"x\")" : "+33 1 23";
      cells[2] = "FR";
      cells[7] = "OWN";
      cells[8] = "company";
    } else {
      invalid(cells, random, departement);
    }
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      quoted(line, cells[i]);
    }
  }

  private static void invalid(String[] cells, Random random, String departement) {
    cells[2] = "FR";
    cells[6] = "8";
    cells[7] = "P177";
    switch (random.nextInt(5)) {
      case 0 -> {
        String good = siret(random);
        char last = good.charAt(13);
        cells[3] = good.substring(0, 13) + (char) ('0' + (last - '0' + 1) % 10);
      }
      case 1 -> cells[7] = "SUBVENTION";
      case 2 -> cells[13] = "VD";
      case 3 -> cells[0] = "";
      default -> cells[9] = "-3";
    }
    cells[12] = departement;
  }

  private static void quoted(StringBuilder line, String cell) {
    boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0;
    if (!quote) {
      line.append(cell);
      return;
    }
    line.append('"').append(cell.replace("\"", "\"\"")).append('"');
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** A SIRET with a valid check digit (La Poste's SIREN, with its own rule, is avoided). */
  private static String siret(Random random) {
    while (true) {
      StringBuilder digits = new StringBuilder(14);
      digits.append((char) ('1' + random.nextInt(9)));
      for (int i = 1; i < 13; i++) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      if (digits.toString().startsWith("356000000")) {
        continue;
      }
      for (char last = '0'; last <= '9'; last++) {
        String candidate = digits.toString() + last;
        if (Siret.parse(candidate).isValid()) {
          return candidate;
        }
      }
    }
  }

  /** A FINESS number of the département, with a valid check digit. */
  private static String finess(Random random, String departement) {
    while (true) {
      StringBuilder digits = new StringBuilder(9).append(departement);
      for (int i = 2; i < 8; i++) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      for (char last = '0'; last <= '9'; last++) {
        String candidate = digits.toString() + last;
        if (Finess.parse(candidate).isValid()) {
          return candidate;
        }
      }
    }
  }
}
