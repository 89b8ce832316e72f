package io.mpesagw.token.application;

import java.util.Map;
import java.util.Optional;

/**
 * The sets fixed by configuration: {@code default} from the environment and those of
 * DARAJA_CREDENTIAL_SETS_FILE. They cannot be replaced through the API; {@code environment} is the
 * deployment's ({@code MPESA_ENV}), the only one a stored set may have.
 *
 * @param environmentByName each configured set's Daraja environment
 */
public record ConfiguredCredentialSets(String environment, Map<String, String> environmentByName) {

    public ConfiguredCredentialSets {
        environmentByName = Map.copyOf(environmentByName);
    }

    public Optional<String> environmentOf(String name) {
        return Optional.ofNullable(environmentByName.get(name));
    }
}
