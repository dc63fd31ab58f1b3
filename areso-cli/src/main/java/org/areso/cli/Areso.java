package org.areso.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The {@code areso} command: a subcommand is required. */
@Command(name = "areso", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    descriptionHeading = "%n", parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n", commandListHeading = "%nCommands:%n",
    description = {"Areso's command line.",
        "The story of an engagement, a programme's lifecycle, the screening of a CSV export"
            + " against a programme or a draft policy file, a rule author's checks and case"
            + " tables, and an HR system storing engagements.",
        "%nWhere a command reads a file, - is standard input; where it writes one, standard"
            + " output. Options take their value as --option value or --option=value."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success",
        "1:the data held errors (an INVALID row, an invalid policy file, a failed case, a"
            + " database failure)",
        "2:a usage error, with one line on standard error, or a file that cannot be read"})
final class Areso { }
