package org.pollcast.poll;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pollcast.election.Scope;

/**
 * A made-up poll for tests, by named fields. The record takes twenty positional ones, most of them null in a test, and
 * a reader could not see which a test set: {@code PollBuilder.of("ie-2025", "president", FIRST_PREF,
 * "Red C").ended(day).sample(1000).shares(s).build()}.
 */
public final class PollBuilder {
    private final String election;
    private final String contest;
    private final Scope scope;
    private final String pollster;
    private String client = "";
    private LocalDate started;
    private LocalDate ended;
    private LocalDate published;
    private DatePrecision precision = DatePrecision.EXACT;
    private Integer sample;
    private String population;
    private String mode;
    private Map<String, Double> shares = new LinkedHashMap<>();
    private Double dontKnow;
    private boolean partial;
    private String notes;
    private String citation;
    private String externalId;
    private String publishedAs;
    private LocalDate heldUntil;

    private PollBuilder(String election, String contest, Scope scope, String pollster) {
        this.election = election;
        this.contest = contest;
        this.scope = scope;
        this.pollster = pollster;
    }

    public static PollBuilder of(String election, String contest, Scope scope, String pollster) {
        return new PollBuilder(election, contest, scope, pollster);
    }

    public PollBuilder client(String v) {
        client = v;
        return this;
    }

    public PollBuilder started(LocalDate v) {
        started = v;
        return this;
    }

    public PollBuilder ended(LocalDate v) {
        ended = v;
        return this;
    }

    /** Fieldwork from {@code start} to {@code end}. */
    public PollBuilder fieldwork(LocalDate start, LocalDate end) {
        return started(start).ended(end);
    }

    public PollBuilder published(LocalDate v) {
        published = v;
        return this;
    }

    public PollBuilder precision(DatePrecision v) {
        precision = v;
        return this;
    }

    public PollBuilder sample(Integer v) {
        sample = v;
        return this;
    }

    public PollBuilder population(String v) {
        population = v;
        return this;
    }

    public PollBuilder mode(String v) {
        mode = v;
        return this;
    }

    public PollBuilder shares(Map<String, Double> v) {
        shares = v;
        return this;
    }

    public PollBuilder dontKnow(Double v) {
        dontKnow = v;
        return this;
    }

    public PollBuilder partial(boolean v) {
        partial = v;
        return this;
    }

    public PollBuilder notes(String v) {
        notes = v;
        return this;
    }

    public PollBuilder citation(String v) {
        citation = v;
        return this;
    }

    public PollBuilder externalId(String v) {
        externalId = v;
        return this;
    }

    public PollBuilder publishedAs(String v) {
        publishedAs = v;
        return this;
    }

    public PollBuilder heldUntil(LocalDate v) {
        heldUntil = v;
        return this;
    }

    public Poll build() {
        return new Poll(
                election,
                contest,
                scope,
                pollster,
                client,
                started,
                ended,
                published,
                precision,
                sample,
                population,
                mode,
                shares,
                dontKnow,
                partial,
                notes,
                citation,
                externalId,
                publishedAs,
                heldUntil);
    }
}
