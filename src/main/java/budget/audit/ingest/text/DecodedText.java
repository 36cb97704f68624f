package budget.audit.ingest.text;

/** Text decoded from bytes, with the name of the encoding that was detected ("UTF-8", "GB18030", ...). */
record DecodedText(String text, String encoding) {
}
