package io.mpesagw.simulator.daraja;

import io.mpesagw.simulator.mode.SimulatorMode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a Daraja request body the way Daraja does, including its misleading errors. */
@Component
public class DarajaJsonBody {

    private final JsonMapper jsonMapper;
    private final SimulatorMode mode;

    public DarajaJsonBody(JsonMapper jsonMapper, SimulatorMode mode) {
        this.jsonMapper = jsonMapper;
        this.mode = mode;
    }

    /**
     * @throws DarajaRejection 400.002.02 "Invalid BusinessShortCode" when the Content-Type is not
     *     JSON (Daraja then sees no fields at all), 400.002.05 when the body is not a JSON object
     */
    public RequestFields read(String contentType, byte[] body) {
        if (!isJson(contentType)) {
            throw DarajaRejection.invalidField("BusinessShortCode");
        }
        if (body == null || body.length == 0) {
            throw DarajaRejection.invalidPayload();
        }
        try {
            JsonNode node = jsonMapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw DarajaRejection.invalidPayload();
            }
            return new RequestFields(node, mode.requiresHttpsCallbackUrls());
        } catch (JacksonException malformed) {
            throw DarajaRejection.invalidPayload();
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
