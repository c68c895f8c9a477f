package org.pollcast.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.pollcast.BadInputException;

/**
 * The line and shape of every field and list item of a YAML file, by field path ({@code contests.mayor.candidates[2]}),
 * noted in one pass over its tokens. The pass is also where the file's structure is checked: YAML syntax, duplicate
 * keys, nesting depth, aliases, a root that is not one mapping. Jackson's own location for a binding error is often
 * the line after the value, and the checks after binding have no location at all: both look lines up here.
 */
final class YamlLines {
    private final Path file;
    private final Map<String, Node> nodes = new HashMap<>();

    /** Where a field or list item starts, and what it holds ("a list", "'xyz'"), for messages. */
    private record Node(int line, String shape) {}

    private YamlLines(Path file) {
        this.file = file;
    }

    /**
     * Reads every token of {@code p}; a file that is not one mapping is an error saying that {@code thing} ("an
     * election definition") {@code is} ("is a YAML mapping with id, name, ...").
     */
    static YamlLines scan(Path file, JsonParser p, String thing, String is) {
        YamlLines lines = new YamlLines(file);
        try {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                int line = t == null ? 1 : p.currentTokenLocation().getLineNr();
                throw new BadInputException(file + ":" + line + ": " + thing + " " + is + ", but this file holds "
                        + (t == null ? "nothing" : shape(t, p)));
            }
            lines.nodes.put("", new Node(p.currentTokenLocation().getLineNr(), "a mapping"));
            for (t = p.nextToken();
                    t != null
                            && !(t == JsonToken.END_OBJECT
                                    && p.getParsingContext().inRoot());
                    t = p.nextToken()) {
                lines.note(p, t);
            }
            if (p.nextToken() != null) {
                throw new BadInputException(
                        file + ":" + p.currentTokenLocation().getLineNr() + ": a second YAML document; " + thing
                                + " is one mapping");
            }
            return lines;
        } catch (StreamConstraintsException e) {
            // Nesting (or a number or name beyond Jackson's limits): the parser knows where it stopped.
            String path = path(p.getParsingContext());
            throw lines.error(
                    p.currentLocation().getLineNr(),
                    path,
                    e.getOriginalMessage().contains("nesting depth")
                            ? "nested more than " + YamlFile.MAX_DEPTH + " levels deep"
                            : firstLine(e.getOriginalMessage()));
        } catch (JacksonException e) {
            int line = e.getLocation() != null
                    ? e.getLocation().getLineNr()
                    : p.currentLocation().getLineNr();
            if (e.getOriginalMessage().startsWith("Duplicate field")) { // STRICT_DUPLICATE_DETECTION
                String path = path(p.getParsingContext());
                Node first = lines.nodes.get(path);
                throw lines.error(
                        line, path, "duplicate key" + (first == null ? "" : "; first given on line " + first.line()));
            }
            throw new BadInputException(file + ":" + line + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The line of {@code path}, or of its nearest enclosing field when it is absent (a missing required field). */
    int line(String path) {
        for (String p = path; ; p = parent(p)) {
            Node n = nodes.get(p);
            if (n != null) {
                return n.line();
            }
            if (p.isEmpty()) {
                return 1;
            }
        }
    }

    boolean has(String path) {
        return nodes.containsKey(path);
    }

    /** What the file holds at {@code path}: "a mapping", "a list", "nothing", or the text in quotes. */
    String shape(String path) {
        Node n = nodes.get(path);
        return n == null ? "nothing" : n.shape();
    }

    BadInputException error(int line, String path, String message) {
        return new BadInputException(
                file + ":" + line + ": " + (path.isEmpty() ? "" : "field '" + path + "': ") + message);
    }

    private void note(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            return;
        }
        JsonStreamContext ctx = p.getParsingContext();
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.FIELD_NAME) {
            nodes.put(path(ctx), new Node(line, "nothing"));
            return;
        }
        String path = path(t.isStructStart() ? ctx.getParent() : ctx);
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw error(line, path, "YAML aliases (*" + p.getText() + ") are not supported; write the value out");
        }
        Node key = nodes.get(path);
        nodes.put(path, new Node(key != null ? key.line() : line, shape(t, p)));
    }

    private static String path(JsonStreamContext c) {
        if (c == null || c.inRoot()) {
            return "";
        }
        String base = path(c.getParent());
        if (c.inArray()) {
            return YamlFile.at(base, Math.max(0, c.getCurrentIndex()));
        }
        return c.getCurrentName() == null ? base : YamlFile.at(base, c.getCurrentName());
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static String shape(JsonToken t, JsonParser p) throws IOException {
        return switch (t) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "nothing";
            default -> "'" + abbreviate(p.getText()) + "'";
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").trim();
    }
}
