package org.crosscheck.base.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source, each with its line and the code just before it (comments
 * and other literals left out), read by a small tokenizer: comments, character literals and text
 * blocks are told apart from strings, so "https://" in a string is not a comment.
 */
final class JavaStrings {

    record Literal(int line, String value, String before, String restOfLine) {
    }

    private JavaStrings() {
    }

    static List<Literal> of(String source) {
        List<Literal> literals = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                code.append(' ');
                i++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
                code.append(' ');
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != '\'') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                code.append("' '");
                i = j + 1;
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                literals.add(new Literal(line, source.substring(i + 3, end).strip(), tail(code), restOfLine(source, end + 3)));
                line += count(source, i, end);
                code.append("\"\"");
                i = end + 3;
            } else if (c == '"') {
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != '"') {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        value.append(source.charAt(j + 1));
                        j += 2;
                    } else {
                        value.append(source.charAt(j++));
                    }
                }
                literals.add(new Literal(line, value.toString(), tail(code), restOfLine(source, j + 1)));
                code.append("\"\"");
                i = j + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        return literals;
    }

    private static String tail(StringBuilder code) {
        return code.substring(Math.max(0, code.length() - 160));
    }

    private static String restOfLine(String source, int from) {
        int end = source.indexOf('\n', Math.min(from, source.length()));
        return source.substring(Math.min(from, source.length()), end < 0 ? source.length() : end);
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < Math.min(to, source.length()); k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
