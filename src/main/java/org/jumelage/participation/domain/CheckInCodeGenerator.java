package org.jumelage.participation.domain;

import java.security.SecureRandom;
import org.jumelage.participation.CheckInCode;

/** Makes new {@link CheckInCode}s from a cryptographically strong random source, each character equally likely. */
final class CheckInCodeGenerator {

    private final SecureRandom random;

    CheckInCodeGenerator(SecureRandom random) {
        this.random = random;
    }

    /** A fresh code in its stored form; the caller makes it unique within the event. */
    String next() {
        char[] code = new char[CheckInCode.LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CheckInCode.ALPHABET.charAt(random.nextInt(CheckInCode.ALPHABET.length()));
        }
        return new String(code);
    }
}
