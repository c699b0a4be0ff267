package support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Summarises support tickets with the chat API (raw HTTP, no SDK). */
public class TicketSummarizer {
    private static final String CHAT_URL = "https://api.openai.com/v1/chat/completions";
    private final HttpClient http = HttpClient.newHttpClient();

    public String summarise(String ticketJson) throws Exception {
        HttpRequest request = HttpRequest.newBuilder()
            .uri(URI.create(CHAT_URL))
            .header("Authorization", "Bearer " + System.getenv("OPENAI_API_KEY"))
            .POST(HttpRequest.BodyPublishers.ofString(ticketJson))
            .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
