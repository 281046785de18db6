package org.retentionsuite.segmentation.domain;

import java.nio.charset.StandardCharsets;

/** The lines of an import file's UTF-8 bytes (LF or CRLF), numbered from 1; a line is made a string only when asked. */
final class FileLines {

    private final byte[] text;
    private int next;
    private int start;
    private int end;
    private int number;

    FileLines(byte[] text, int from) {
        this.text = text;
        this.next = from;
    }

    /** Moves to the next line (without its line break); false after the last (a file ending in a line break ends in ""). */
    boolean next() {
        if (next > text.length) {
            return false;
        }
        int lineBreak = next;
        while (lineBreak < text.length && text[lineBreak] != '\n') {
            lineBreak++;
        }
        boolean broken = lineBreak < text.length;
        start = next;
        end = broken && lineBreak > start && text[lineBreak - 1] == '\r' ? lineBreak - 1 : lineBreak;
        next = lineBreak + 1;
        number++;
        return true;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        return new String(text, start, end - start, StandardCharsets.UTF_8);
    }

    int number() {
        return number;
    }
}
