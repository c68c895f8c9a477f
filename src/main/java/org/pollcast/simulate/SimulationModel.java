package org.pollcast.simulate;

import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;

/**
 * Everything one simulation needs, precomputed once (error model, Assembly model, resolved blocs) and read by
 * every thread without locking: nothing here changes after construction.
 *
 * @param other    the index of {@code other}, or −1
 * @param assembly null without an Assembly
 * @param blocs    null without an Assembly
 */
record SimulationModel(ShareInput input, VotingSystem system, TransferTable table, SimulationSettings settings,
        Conditions conditions, ErrorModel errors, int other, AssemblyModel assembly, AssemblyBlocs blocs) {

    static SimulationModel of(ShareInput input, VotingSystem system, TransferTable table, SimulationSettings settings,
            Conditions conditions, AssemblyInput assemblyInput) {
        int k = input.size();
        if (system != VotingSystem.FPTP && (table == null || !table.ids().equals(input.options()))) {
            throw new IllegalArgumentException("the transfer table must cover the options " + input.options());
        }
        double[] se = input.fromPolls() ? input.se() : new double[k];
        double sharedSd = input.fromPolls() ? settings.pollingErrorSd() : settings.baselineErrorSd();
        double driftSd = input.fromPolls() ? settings.driftPerDay() * Math.sqrt(input.daysToElection()) : 0;
        ErrorModel errors = new ErrorModel(input.mean(), se, sharedSd, driftSd, settings.studentDf(), settings.leaderCorrelation());
        AssemblyModel assembly = assemblyInput == null ? null
                : new AssemblyModel(assemblyInput, input.mean(), settings.constituencyNoiseSd());
        AssemblyBlocs blocs = assemblyInput == null ? null : new AssemblyBlocs(assemblyInput, input);
        return new SimulationModel(input, system, table, settings, conditions, errors, input.index("other"), assembly, blocs);
    }

    int options() {
        return input.size();
    }

    MayorCount newCount() {
        return new MayorCount(system, options(), other, table, settings.transferConcentration());
    }

    Tally newTally() {
        return new Tally(options());
    }

    AssemblyTally newAssemblyTally() {
        return assembly == null ? null : new AssemblyTally(assembly.p, assembly.k, assembly.in.seats(), blocs.size());
    }
}
