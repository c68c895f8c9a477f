package org.pollcast.cli;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The one election a command reads: its first argument ({@code pollcast polls london-2008}), or {@code --election} as
 * {@code ingest} names it. Users who had just run {@code ingest --election X} typed {@code polls --election X} and
 * were told "Unknown option" (the Seoul and Serbian trials both did).
 */
final class ElectionArgument {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "ELECTION",
            description = "An election id (see 'pollcast elections') or a definition file.")
    String positional;

    @Option(names = "--election", paramLabel = "ELECTION", description = "The election, named as ingest names it.")
    String named;

    /**
     * The election given, whichever way; a usage error when none is, or two different ones are, said as picocli's own
     * parse errors are ({@link ErrorHandler} routes it so).
     */
    String get() {
        if (positional != null && named != null && !positional.equals(named)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "two elections given, " + positional + " and --election " + named + ": give one");
        }
        String id = positional != null ? positional : named;
        if (id == null) {
            throw new MissingParameterException(
                    spec.commandLine(),
                    spec.args(),
                    "Missing required parameter: 'ELECTION' (an election id, or --election ID)");
        }
        return id;
    }
}
