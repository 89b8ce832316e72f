package io.mpesagw.token.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads more credential sets than the environment's "default" from a JSON file (mounted from a
 * secret store, never committed):
 * {@code {"credentialSets":[{"name":"…","environment":"sandbox|production","consumerKey":"…","consumerSecret":"…"}]}}.
 * Errors name the file, the entry and the field, never a value.
 */
final class CredentialSetsFile {

    private CredentialSetsFile() {
    }

    static List<CredentialSet> read(Path file) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("DARAJA_CREDENTIAL_SETS_FILE " + file + " cannot be read: " + e.getClass().getSimpleName());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("DARAJA_CREDENTIAL_SETS_FILE " + file + " is not valid JSON");
        }
        JsonNode sets = root.path("credentialSets");
        if (!sets.isArray()) {
            throw new IllegalArgumentException("DARAJA_CREDENTIAL_SETS_FILE " + file + " must hold {\"credentialSets\":[...]}");
        }
        List<CredentialSet> result = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            JsonNode entry = sets.get(i);
            try {
                result.add(new CredentialSet(text(entry, "name"), text(entry, "environment"), text(entry, "consumerKey"),
                        text(entry, "consumerSecret")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("DARAJA_CREDENTIAL_SETS_FILE " + file + ", entry " + i + ": " + e.getMessage());
            }
        }
        return result;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }
}
