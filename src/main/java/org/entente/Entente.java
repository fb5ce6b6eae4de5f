package org.entente;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.backup.ArchiveRefused;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class Entente {

    public static void main(String[] args) {
        if (Arrays.stream(args)
                .anyMatch(a -> a.startsWith("--entente.backup=") || a.startsWith("--entente.restore="))) {
            runJob(args);
            return;
        }
        SpringApplication.run(Entente.class, args);
    }

    /**
     * A backup or a restore: starts without serving anyone (a random local port), does the job,
     * stops. Exit status 0 when done; 2 with the reason on the console when refused or failed.
     */
    private static void runJob(String[] args) {
        var arguments = new ArrayList<>(List.of(args));
        if (arguments.stream().noneMatch(a -> a.startsWith("--server.port="))) {
            arguments.add("--server.port=0");
            arguments.add("--server.address=127.0.0.1");
        }
        try {
            System.exit(SpringApplication.exit(SpringApplication.run(Entente.class, arguments.toArray(String[]::new))));
        } catch (RuntimeException failed) {
            Throwable cause = failed;
            while (cause.getCause() != null && !(cause instanceof ArchiveRefused)) {
                cause = cause.getCause();
            }
            System.err.println("Entente: " + cause.getMessage());
            System.exit(2);
        }
    }
}
