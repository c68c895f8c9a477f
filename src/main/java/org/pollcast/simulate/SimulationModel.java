package org.pollcast.simulate;

import org.pollcast.election.CountRules;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;

/**
 * Everything one simulation needs, precomputed once (error model, Assembly model, resolved blocs) and read by
 * every thread without locking: nothing here changes after construction.
 *
 * @param other    the index of {@code other}, or −1
 * @param assembly null without an Assembly
 * @param blocs    null without an Assembly
 * @param pairRows the tallied final pairs' rows ({@link Tally#pairRows}), derived from the input's means; null under
 *                 first past the post, which has no final pair
 * @param rules    the contest's system and, for two rounds, its rules of an outright first-round win
 * @param swing    how a two-round contest's other candidates' voters lean together between its finalists
 */
record SimulationModel(
        ShareInput input,
        CountRules rules,
        TransferTable table,
        RunoffSwing swing,
        SimulationSettings settings,
        Conditions conditions,
        ErrorModel errors,
        int other,
        AssemblyModel assembly,
        AssemblyBlocs blocs,
        int[] pairRows) {

    /** {@code rules}: the contest's system and, for two rounds, its rules of an outright first-round win. */
    static SimulationModel of(
            ShareInput input,
            CountRules rules,
            TransferTable table,
            RunoffSwing swing,
            SimulationSettings settings,
            Conditions conditions,
            AssemblyInput assemblyInput) {
        VotingSystem system = rules.system();
        int k = input.size();
        if (system != VotingSystem.FPTP && (table == null || !table.ids().equals(input.options()))) {
            throw new IllegalArgumentException("the transfer table must cover the options " + input.options());
        }
        // A prior from the baseline result carries its own error (the drift since that election, added by the
        // pipeline) and drifts until polling day like an average: a forecast two years out is wider than one a
        // month out, whether or not anyone has polled.
        double[] se = input.se();
        double sharedSd = input.fromPolls() ? settings.pollingErrorSd() : settings.baselineErrorSd();
        double driftSd = settings.driftPerDay() * Math.sqrt(input.daysToElection());
        ErrorModel errors =
                new ErrorModel(input.mean(), se, sharedSd, driftSd, settings.studentDf(), settings.leaderCorrelation());
        AssemblyModel assembly = assemblyInput == null
                ? null
                : new AssemblyModel(assemblyInput, input.mean(), settings.constituencyNoiseSd());
        AssemblyBlocs blocs = assemblyInput == null ? null : new AssemblyBlocs(assemblyInput, input);
        int[] pairRows = system == VotingSystem.FPTP ? null : Tally.pairRows(input.mean(), input.index("other"));
        return new SimulationModel(
                input,
                rules,
                table,
                swing,
                settings,
                conditions,
                errors,
                input.index("other"),
                assembly,
                blocs,
                pairRows);
    }

    VotingSystem system() {
        return rules.system();
    }

    int options() {
        return input.size();
    }

    MayorCount newCount() {
        return new MayorCount(rules, options(), other, table, settings.transferConcentration(), swing, null);
    }

    Tally newTally() {
        return new Tally(options(), pairRows);
    }

    AssemblyTally newAssemblyTally() {
        return assembly == null
                ? null
                : new AssemblyTally(
                        assembly.p,
                        assembly.k,
                        assembly.in.seats(),
                        blocs.size(),
                        assembly.contenders(),
                        assembly.contenderStart(),
                        assembly.in.regions().size(),
                        assembly.in.listRules());
    }
}
