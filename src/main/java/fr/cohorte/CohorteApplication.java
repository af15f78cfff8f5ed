package fr.cohorte;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CohorteApplication {

    public static void main(String[] args) {
        SpringApplication.run(CohorteApplication.class, args);
    }
}
