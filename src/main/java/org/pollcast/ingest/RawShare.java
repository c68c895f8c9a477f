package org.pollcast.ingest;

/** A share as the source printed it, before the option name is resolved and the number parsed. */
record RawShare(String name, String value, String field, Location location) {}
