/**
 * pollcast turns opinion polls into election forecasts. One package per pipeline stage:
 * {@code election} (definitions), {@code ingest} (files to polls), {@code store} (the SQLite poll store),
 * {@code cli} (the command line). Data flows one way; the shared poll record lives in {@code poll}.
 */
package org.pollcast;
