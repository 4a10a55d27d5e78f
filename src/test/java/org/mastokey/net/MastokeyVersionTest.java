package org.mastokey.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MastokeyVersionTest {

    @Test
    void reportsThePomVersionAlsoWhenRunFromClassesNotAJar() {
        String pomVersion = System.getProperty("mastokey.projectVersion");
        assertThat(pomVersion).as("surefire passes the pom's version").isNotBlank();

        assertThat(MastokeyVersion.current()).isEqualTo(pomVersion);
    }
}
