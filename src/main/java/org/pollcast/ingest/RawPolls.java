package org.pollcast.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The polls of one source as a reader produces them, one at a time, so a file of any length is never held
 * whole; closing it closes the source.
 */
interface RawPolls extends Iterator<RawPoll>, AutoCloseable {
    @Override
    void close();

    /** These polls, each passed through {@code f} as it is read; closing the result closes these. */
    default RawPolls map(UnaryOperator<RawPoll> f) {
        RawPolls source = this;
        return new RawPolls() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public RawPoll next() {
                return f.apply(source.next());
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }

    /** Polls already read whole (an HTML page, parsed as one document). */
    static RawPolls of(List<RawPoll> polls) {
        Iterator<RawPoll> it = polls.iterator();
        return new RawPolls() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public RawPoll next() {
                return it.next();
            }

            @Override
            public void close() {}
        };
    }
}
