package budget.audit.ingest.text;

import java.util.List;

/**
 * Text decoded from bytes, with the name of the encoding that was detected ("UTF-8", "GB18030", ...) and what could
 * not be decoded as it is ({@code notes}, Chinese; e.g. invalid bytes replaced by U+FFFD).
 */
record DecodedText(String text, String encoding, List<String> notes) {

    DecodedText {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    DecodedText(String text, String encoding) {
        this(text, encoding, List.of());
    }
}
