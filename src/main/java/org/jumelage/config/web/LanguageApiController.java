package org.jumelage.config.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jumelage.shared.Languages;
import org.jumelage.shared.TranslationCoverage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/languages}, public: the languages Jumelage speaks to participants
 * ({@link Languages#ALL}) with their completeness as {@link TranslationCoverage} computed it at start-up.
 */
@RestController
class LanguageApiController {

    /** One language. */
    record LanguageInfo(
            @Schema(description = "BCP 47 tag, as the public site's address prefix writes it", example = "sr-Latn")
            String tag,

            @Schema(description = "The language's name in itself (CLDR)", example = "Srpski (latinica)")
            String name,

            @Schema(description = "The language's name in English (CLDR)", example = "Serbian (Latin)")
            String englishName,

            @Schema(description = "ISO 15924 script", example = "Latn")
            String script,

            @Schema(
                    description = "Share of the participant-facing texts (i18n/participant-keys.txt) the"
                            + " language has, in percent with one decimal, rounded down",
                    example = "100.0")
            BigDecimal participantPercent,

            @Schema(
                    description = "Share of all texts (the staff interface) the language has, in percent"
                            + " with one decimal, rounded down",
                    example = "42.5")
            BigDecimal staffPercent,

            @Schema(description = "Whether the staff interface is offered in the language")
            boolean staffLanguage) {}

    @Operation(
            summary = "The languages and how complete their translations are",
            description = "Every language participants can read Jumelage in, in the order of the public site's"
                    + " language menu. Percentages have one decimal and are rounded down, so 100.0 means"
                    + " complete. No sign-in needed.")
    @GetMapping("/api/v1/languages")
    List<LanguageInfo> languages() {
        return Languages.ALL.stream()
                .map(tag -> {
                    TranslationCoverage.Coverage coverage = TranslationCoverage.of(tag);
                    return new LanguageInfo(
                            tag,
                            Languages.ownName(tag),
                            Languages.englishName(tag),
                            Languages.script(tag),
                            coverage.participantPercent(),
                            coverage.staffPercent(),
                            TranslationCoverage.isStaffLanguage(tag));
                })
                .toList();
    }
}
