package vn.motcua.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import vn.motcua.platform.cli.CommandLineTaskEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTaskEnvironmentTest {

    @Test
    void aCommandLineImportListensOnARandomPortSoTheRunningApplicationKeepsItsPort() {
        assertThat(portWith("--import-admin-units=/data/units.json")).isEqualTo("0");
        assertThat(portWith("--import-procedures=/data/catalog.xlsx")).isEqualTo("0");
    }

    @Test
    void anExplicitPortOrANormalStartIsLeftAlone() {
        assertThat(portWith("--import-admin-units=/data/units.json", "--server.port=9090")).isEqualTo("9090");
        assertThat(portWith("--spring.profiles.active=prod")).isNull();
    }

    private static String portWith(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        new CommandLineTaskEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.port");
    }
}
