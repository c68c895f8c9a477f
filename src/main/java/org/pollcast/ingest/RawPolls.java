package org.pollcast.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
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

    /** These polls less those {@code keep} refuses, read one ahead; closing the result closes these. */
    default RawPolls filter(Predicate<RawPoll> keep) {
        RawPolls source = this;
        return new RawPolls() {
            private RawPoll ahead;

            @Override
            public boolean hasNext() {
                while (ahead == null && source.hasNext()) {
                    RawPoll p = source.next();
                    if (keep.test(p)) {
                        ahead = p;
                    }
                }
                return ahead != null;
            }

            @Override
            public RawPoll next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RawPoll p = ahead;
                ahead = null;
                return p;
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
