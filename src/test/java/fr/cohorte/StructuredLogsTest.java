package fr.cohorte;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code COHORTE_LOG_FORMAT=ecs} Cohorte's log is one JSON object a line, as a log collector reads
 * it; without it, lines for people. Cohorte's own configuration ({@code application.properties}) is read,
 * without the rest of the application.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Configuration(proxyBeanMethods = false)
    static class NothingElse {
    }

    @AfterEach
    void plainLinesAgain() {
        start("").close();
    }

    @Test
    void theLogIsJsonLinesOnRequest(CapturedOutput output) {
        try (ConfigurableApplicationContext ignored = start("ecs")) {
            LoggerFactory.getLogger("fr.cohorte.demo").info("Session 34 prête : 30 participants");
        }
        List<JsonNode> lines = output.getOut().lines().filter(line -> line.startsWith("{")).map(JSON::readTree).toList();
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("message").asString()).isEqualTo("Session 34 prête : 30 participants");
            assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
            assertThat(line.path("log").path("logger").asString()).isEqualTo("fr.cohorte.demo");
            assertThat(line.path("service").path("name").asString()).isEqualTo("cohorte");
            assertThat(line.path("@timestamp").asString()).isNotEmpty();
        });
    }

    @Test
    void withoutItTheLogIsLinesForPeople(CapturedOutput output) {
        try (ConfigurableApplicationContext ignored = start("")) {
            LoggerFactory.getLogger("fr.cohorte.demo").info("Session 34 prête : 30 participants");
        }
        assertThat(output.getOut()).contains("Session 34 prête : 30 participants");
        assertThat(output.getOut().lines().filter(line -> line.contains("Session 34 prête"))).noneMatch(line -> line.startsWith("{"));
    }

    private static ConfigurableApplicationContext start(String format) {
        return new SpringApplicationBuilder(NothingElse.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off")
                .run("--COHORTE_LOG_FORMAT=" + format);
    }
}
