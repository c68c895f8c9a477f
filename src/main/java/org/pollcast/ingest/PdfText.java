package org.pollcast.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.pollcast.BadInputException;

/**
 * The text of a PDF's first pages (Apache PDFBox), a line per line of print: a pollster's results tables are cells
 * placed on the page, and read sorted by position they come out a table row per line, as {@code pdftotext -layout}
 * gives them.
 */
final class PdfText {
    /** The largest PDF read: a survey's tables are a few hundred kilobytes to a few megabytes. */
    static final long MAX_BYTES = 64L << 20;

    private PdfText() {}

    /** Pages 1 to {@code pages} of {@code doc} as text; a PDF that cannot be read is refused, naming the file. */
    static String firstPages(SourceDocument doc, int pages) {
        byte[] bytes;
        try (InputStream in = doc.bytes()) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BadInputException(doc.name() + ": cannot read the PDF: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(doc.name() + ": a PDF over " + (MAX_BYTES >> 20)
                    + " MB is not a survey's tables; save the pages with the headline questions");
        }
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
            PDFTextStripper text = new PDFTextStripper();
            text.setSortByPosition(true);
            text.setStartPage(1);
            text.setEndPage(pages);
            return text.getText(pdf);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(doc.name() + ": not a PDF pollcast can read (" + e.getMessage()
                    + "); convert its pages to text (pdftotext -layout) and ingest that");
        }
    }
}
