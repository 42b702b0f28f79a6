package org.jumelage;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Jumelage: international cooperation projects of European towns, from partner search to final report. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JumelageApplication {

    /** The one clock every module reads time from, so that tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(JumelageApplication.class, args);
    }
}
