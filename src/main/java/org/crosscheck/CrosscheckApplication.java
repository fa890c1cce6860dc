package org.crosscheck;

import org.crosscheck.backup.BackupCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CrosscheckApplication {

    public static void main(String[] args) {
        // backup and restore run without the web app (docs/operations.md, "Backups").
        if (BackupCli.handles(args)) {
            System.exit(BackupCli.run(args));
        }
        SpringApplication.run(CrosscheckApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
