package dev.stackfit.poc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot proof of concept of stackfit's reference order API. */
@SpringBootApplication
public class PocApplication {

  public static void main(String[] args) throws IOException {
    freshDatabase(
        Path.of(
            System.getProperty("poc.db", System.getenv().getOrDefault("POC_DB", "data/poc.db"))));
    SpringApplication.run(PocApplication.class, args);
  }

  /** Every start begins from the shared seed data, so spring.sql.init can create the tables. */
  private static void freshDatabase(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(absolute + suffix));
    }
    System.setProperty("poc.db", absolute.toString());
  }
}
