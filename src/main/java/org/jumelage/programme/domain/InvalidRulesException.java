package org.jumelage.programme.domain;

/**
 * A rule data file (shipped or imported by an administrator) breaks the format. The message names
 * the file and the line, for example {@code programme/rules/E4C-2014-TT.yaml, line 14: unknown key
 * "valeu"}. At start it stops the application; in the administration pages it is shown to the
 * administrator and nothing is stored.
 */
public final class InvalidRulesException extends RuntimeException {

    private final String file;
    private final int line;
    private final String problem;

    InvalidRulesException(String file, int line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem concerns the file as a whole. */
    public int line() {
        return line;
    }

    /** What is wrong, without file and line. */
    public String problem() {
        return problem;
    }
}
