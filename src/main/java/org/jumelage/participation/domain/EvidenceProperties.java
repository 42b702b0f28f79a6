package org.jumelage.participation.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Evidence uploads.
 *
 * @param maxSize JUMELAGE_UPLOAD_MAX_SIZE: the largest file accepted (default 20MB); Spring's
 *     multipart limits are set from the same variable
 */
@ConfigurationProperties("jumelage.evidence")
record EvidenceProperties(@DefaultValue("20MB") DataSize maxSize) {

    EvidenceProperties {
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("jumelage.evidence.max-size must be positive");
        }
    }
}
