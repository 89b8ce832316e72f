package io.mpesagw.msisdn;

/**
 * Turns what someone typed or pasted into a plain {@code +?digits} string, or leaves the offending
 * characters in place so the caller can say which one is not a digit. Deliberately no NFKC: it would
 * also turn superscripts and circled numbers into digits, which nobody types as a phone number.
 */
final class TypedNumber {

    private static final String QUOTES = "\"'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A";

    private TypedNumber() {
    }

    static String clean(String typed) {
        String text = trimQuotes(withoutInvisibles(typed));
        if (text.regionMatches(true, 0, "tel:", 0, 4)) {
            text = text.substring(4).strip();
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int digit = Character.digit(cp, 10);
            if (digit >= 0) {
                out.append((char) ('0' + digit));
            } else if (cp == '+' || cp == '\uFF0B') {
                out.append('+');
            } else if (!isSeparator(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Zero-width characters arrive with copy-paste from chat apps and web pages. */
    private static String withoutInvisibles(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        typed.codePoints().filter(cp -> !isInvisible(cp)).forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    private static String trimQuotes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (QUOTES.indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (QUOTES.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isInvisible(int cp) {
        return cp >= 0x200B && cp <= 0x200D || cp == 0xFEFF || cp == 0x2060;
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == '-' || cp == '.' || cp == '/' || cp == '(' || cp == ')'
                || cp >= 0x2010 && cp <= 0x2015 || cp == 0x2212;
    }
}
