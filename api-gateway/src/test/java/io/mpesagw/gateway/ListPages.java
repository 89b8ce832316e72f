package io.mpesagw.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads a list endpoint ({@code GET /v1/payments}, {@code GET /v1/payouts}) page by page over HTTP. */
public record ListPages(GatewayHttp api, String path, String key) {

    /** A page that must be a 200 list. */
    public JsonNode page(String query) throws Exception {
        HttpResponse<String> answer = api.get(path + query, key);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode page = GatewayHttp.json(answer);
        assertThat(page.get("object").asString()).isEqualTo("list");
        assertThat(page.get("url").asString()).isEqualTo(path);
        return page;
    }

    /** Every id, following {@code starting_after} from the first page to the last; counts the pages. */
    public List<String> walk(int limit, int[] pages) throws Exception {
        List<String> seen = new ArrayList<>();
        String query = "?limit=" + limit;
        boolean more = true;
        while (more) {
            JsonNode page = page(query);
            page.get("data").forEach(item -> seen.add(item.get("id").asString()));
            more = page.get("has_more").asBoolean();
            query = "?limit=" + limit + "&starting_after=" + seen.getLast();
            pages[0]++;
        }
        return seen;
    }

    /** A 400 naming {@code param}, whose message says {@code says}. */
    public void assertBad(String query, String param, String says) throws Exception {
        HttpResponse<String> answer = api.get(path + query, key);
        assertThat(answer.statusCode()).as(query).isEqualTo(400);
        JsonNode error = GatewayHttp.error(answer);
        assertThat(error.get("param").asString()).as(query).isEqualTo(param);
        assertThat(error.get("message").asString()).as(query).contains(says);
    }

    public static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
