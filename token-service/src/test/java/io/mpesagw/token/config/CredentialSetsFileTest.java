package io.mpesagw.token.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialSetsFileTest {

    @TempDir
    Path dir;

    @Test
    void reads_every_set_and_never_shows_a_secret() throws Exception {
        Path file = write("{\"credentialSets\":[{\"name\":\"green-grid\",\"environment\":\"production\","
                + "\"consumerKey\":\"ck-123\",\"consumerSecret\":\"cs-456\"}]}");

        assertThat(CredentialSetsFile.read(file)).singleElement().satisfies(set -> {
            assertThat(set.name()).isEqualTo("green-grid");
            assertThat(set.environment()).isEqualTo("production");
            assertThat(set.toString()).doesNotContain("ck-123").doesNotContain("cs-456");
        });
    }

    @Test
    void a_bad_entry_is_named_by_its_index_and_field_never_by_its_values() throws Exception {
        Path file = write("{\"credentialSets\":[{\"name\":\"ok\",\"environment\":\"sandbox\",\"consumerKey\":\"k\","
                + "\"consumerSecret\":\"s\"},{\"name\":\"Bad Name\",\"environment\":\"sandbox\",\"consumerKey\":\"ck-secret\","
                + "\"consumerSecret\":\"cs-secret\"}]}");

        assertThatThrownBy(() -> CredentialSetsFile.read(file))
                .hasMessageContaining("entry 1: a credential set name must be 1 to 64 characters")
                .hasMessageNotContaining("ck-secret").hasMessageNotContaining("cs-secret");
    }

    @Test
    void a_missing_secret_or_unknown_environment_or_broken_json_is_refused() throws Exception {
        assertThatThrownBy(() -> CredentialSetsFile.read(write("{\"credentialSets\":[{\"name\":\"a\",\"environment\":\"sandbox\","
                + "\"consumerKey\":\"k\"}]}"))).hasMessageContaining("consumerKey and consumerSecret are required");
        assertThatThrownBy(() -> CredentialSetsFile.read(write("{\"credentialSets\":[{\"name\":\"a\",\"environment\":\"live\","
                + "\"consumerKey\":\"k\",\"consumerSecret\":\"s\"}]}"))).hasMessageContaining("'sandbox' or 'production'");
        assertThatThrownBy(() -> CredentialSetsFile.read(write("{\"credentialSets\":"))).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> CredentialSetsFile.read(write("[]"))).hasMessageContaining("must hold {\"credentialSets\":[...]}");
    }

    private Path write(String json) throws Exception {
        Path file = Files.createTempFile(dir, "sets", ".json");
        Files.writeString(file, json);
        return file;
    }
}
