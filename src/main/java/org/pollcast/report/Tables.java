package org.pollcast.report;

import java.io.StringWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.pollcast.ingest.SpreadsheetSafe;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/** Printing Tablesaw tables: fixed decimals for people, the same formatted values in CSV. */
public final class Tables {
    private Tables() {}

    public static DoubleColumn decimals(DoubleColumn c, int places) {
        String pattern = places == 0 ? "0" : "0." + "0".repeat(places);
        c.setPrintFormatter(new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
        return c;
    }

    /** Signed, for house effects: +3.1, -0.4. */
    public static DoubleColumn signed(DoubleColumn c, int places) {
        String pattern = "+0." + "0".repeat(places) + ";-0." + "0".repeat(places);
        c.setPrintFormatter(new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
        return c;
    }

    public static String text(Table t) {
        return t.printAll() + System.lineSeparator();
    }

    /** The table as CSV, text cells made safe for spreadsheets ({@link SpreadsheetSafe}); numbers as printed. */
    public static String csv(Table t) {
        Table safe = Table.create(t.name());
        for (int c = 0; c < t.columnCount(); c++) {
            // Numeric columns are shared as they are (with their print formats); text columns are rewritten.
            safe.addColumns(
                    t.column(c) instanceof StringColumn text
                            ? text.map(SpreadsheetSafe::cell).setName(text.name())
                            : t.column(c));
        }
        StringWriter w = new StringWriter();
        safe.write().csv(CsvWriteOptions.builder(w).usePrintFormatters(true).build());
        return w.toString();
    }

    /** A double for output: NaN becomes missing (never printed as NaN). */
    public static void append(DoubleColumn c, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            c.appendMissing();
        } else {
            c.append(v);
        }
    }
}
