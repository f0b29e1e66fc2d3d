package com.adaptive.marketdata.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses API responses and turns every surprise into a {@link MalformedResponseException} naming URL and position. */
public final class JsonResponses {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonResponses() {
    }

    /** The response body as a JSON tree. */
    public static JsonNode parse(HttpResult result) {
        try {
            JsonNode node = MAPPER.readTree(result.body());
            if (node == null || node.isMissingNode()) {
                throw new MalformedResponseException("Cannot parse response of " + result.uri() + ": empty body");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? "unknown position"
                    : "line " + at.getLineNr() + ", column " + at.getColumnNr() + " (char " + at.getCharOffset() + ")";
            throw new MalformedResponseException("Cannot parse response of " + result.uri() + ": malformed JSON at "
                    + position + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The node must be an array; {@code path} names it in the message, e.g. {@code $[3]}. */
    public static JsonNode requireArray(HttpResult result, JsonNode node, String path) {
        if (node == null || !node.isArray()) {
            throw shape(result, path, "an array", node);
        }
        return node;
    }

    /** A number sent as a JSON number or as a decimal string (Binance sends strings, Coinbase numbers). */
    public static double number(HttpResult result, JsonNode row, int index, String path) {
        JsonNode cell = row.get(index);
        String where = path + "[" + index + "]";
        if (cell != null && cell.isNumber()) {
            return cell.doubleValue();
        }
        if (cell != null && cell.isTextual()) {
            try {
                return Double.parseDouble(cell.textValue());
            } catch (NumberFormatException e) {
                throw new MalformedResponseException("Cannot read response of " + result.uri() + ": at " + where
                        + " expected a number but got \"" + cell.textValue() + "\"");
            }
        }
        throw shape(result, where, "a number", cell);
    }

    /** A whole number (epoch time) sent as a JSON integer. */
    public static long integer(HttpResult result, JsonNode row, int index, String path) {
        JsonNode cell = row.get(index);
        if (cell == null || !cell.canConvertToLong() || !cell.isIntegralNumber()) {
            throw shape(result, path + "[" + index + "]", "an integer", cell);
        }
        return cell.longValue();
    }

    /** A field that must be present and textual or numeric, as text. */
    public static String text(HttpResult result, JsonNode object, String field, String path) {
        JsonNode cell = object.get(field);
        if (cell == null || !(cell.isTextual() || cell.isNumber())) {
            throw shape(result, path + "." + field, "a string", cell);
        }
        return cell.asText();
    }

    public static MalformedResponseException shape(HttpResult result, String path, String expected, JsonNode got) {
        String actual = got == null ? "nothing" : got.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
                + abbreviate(got.toString());
        return new MalformedResponseException("Cannot read response of " + result.uri() + ": at " + path + " expected "
                + expected + " but got " + actual);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
