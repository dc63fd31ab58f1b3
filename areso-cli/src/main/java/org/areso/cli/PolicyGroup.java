package org.areso.cli;

import picocli.CommandLine.Command;

/** {@code areso policy check|test}: a subcommand is required. */
@Command(name = "policy",
    description = {"Checks a policy file, and runs a case table against it.",
        "For a rule author writing a policy file, outside any build."})
final class PolicyGroup { }
